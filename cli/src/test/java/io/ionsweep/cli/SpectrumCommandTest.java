package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.ScalarTransmissionKernel;
import io.ionsweep.engine.physics.PhysicalConstants;
import io.ionsweep.engine.physics.SpeciesTable;
import io.ionsweep.engine.profile.Staircase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpectrumCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
    }

    private static final String BARRIER = """
            species: K+
            profile:
              type: layers
              layers: [[0.1, 0.5]]
            energy: {min_eV: 0.001, max_eV: 0.2, points: 41}
            """;

    @Test
    void csvHasTheHeaderAndFullPrecisionValuesThatMatchTheClosedForm() throws IOException {
        Path cfg = write("b.yaml", BARRIER);
        CliRunner r = CliRunner.run("spectrum", cfg.toString(), "--format", "csv", "--kernel", "scalar");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("config_id,energy_eV,transmission,log10_transmission", lines.get(0));
        assertEquals(42, lines.size());
        double factor = PhysicalConstants.waveNumberFactor(SpeciesTable.lookup("K+").orElseThrow().massU());
        Staircase barrier = Staircase.of(0, 0, new double[] {0.1}, new double[] {0.5});
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double e = Double.parseDouble(f[1]);
            double t = Double.parseDouble(f[2]);
            double log10T = Double.parseDouble(f[3]);
            // Round trip: the printed decimal is the double the engine computed.
            assertEquals(ScalarTransmissionKernel.log10Transmission(barrier, factor, e), log10T, 0.0);
            assertEquals(Math.pow(10, log10T), t, 0.0);
        }
    }

    @Test
    void outWritesTheFileAndRefusesToOverwriteIt() throws IOException {
        Path cfg = write("b.yaml", BARRIER);
        Path out = tmp.resolve("s.csv");
        assertEquals(0, CliRunner.run("spectrum", cfg.toString(), "--format", "csv", "--out", out.toString()).exitCode());
        assertTrue(Files.readString(out).startsWith("config_id,energy_eV,transmission,log10_transmission\n"));
        CliRunner again = CliRunner.run("spectrum", cfg.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("file exists"), again.err());
    }

    @Test
    void tableIsTheDefaultFormat() throws IOException {
        CliRunner r = CliRunner.run("spectrum", write("b.yaml", BARRIER).toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().findFirst().orElseThrow().contains("log10_transmission"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "species: Xe+|species",
        "bogus: 1|bogus",
        "mass_factor: .nan|mass_factor",
        "mass_factor: abc|mass_factor",
    })
    void badInputIsOneLineNamingTheKeyExitTwoAndNothingWritten(String line, String key) throws IOException {
        String yaml = BARRIER.replace("species: K+", line.startsWith("species") ? line : "species: K+\n" + line);
        Path cfg = write("bad.yaml", yaml);
        Path out = tmp.resolve("never.csv");
        CliRunner r = CliRunner.run("spectrum", cfg.toString(), "--format", "csv", "--out", out.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(key), r.err());
        assertFalse(Files.exists(out));
        assertEquals("", r.out());
    }

    @Test
    void negativeWidthIsBadInput() throws IOException {
        Path cfg = write("neg.yaml", BARRIER.replace("[[0.1, 0.5]]", "[[0.1, -0.5]]"));
        CliRunner r = CliRunner.run("spectrum", cfg.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("profile.layers[0][1]"), r.err());
    }

    @Test
    void unknownOptionsAndFormatsAreBadInput() throws IOException {
        Path cfg = write("b.yaml", BARRIER);
        assertEquals(2, CliRunner.run("spectrum", cfg.toString(), "--format", "xml").exitCode());
        assertEquals(2, CliRunner.run("spectrum", cfg.toString(), "--kernel", "gpu").exitCode());
        assertEquals(2, CliRunner.run("spectrum", cfg.toString(), "--nope").exitCode());
        assertEquals(2, CliRunner.run("spectrum", tmp.resolve("missing.yaml").toString()).exitCode());
        assertEquals(2, CliRunner.run("spectrum", cfg.toString(), "--format", "parquet").exitCode());
    }
}
