package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real `kill -9` in mid-run, then `--resume`: the dataset ends complete, with no gaps and no duplicates. */
class KillAndResumeTest {
    @TempDir
    Path tmp;

    static final String SWEEP = """
            species: [K+, Na+]
            bias_mV: [-40, 40]
            profile:
              type: multisite
              sites: 4
              barrier_height_eV: {from: 0.05, to: 0.15, steps: 25}
              barrier_width_A: {from: 0.2, to: 0.6, steps: 25}
              well_depth_eV: 0.05
              well_width_A: 3.0
              slices_per_layer: 8
            energy: {min_eV: 0.002, max_eV: 0.25, points: 512}
            outputs: {spectra: true, spectra_stride: 64, conductance: false, resonances: false}
            """;

    /** Starts `run` in a child JVM and kills it (SIGKILL) once the manifest lists at least {@code parts} parts. */
    private JsonNode runAndKill(Path cfg, Path out, String partSize, int parts) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", cfg.toString(), "--out",
                out.toString(), "--part-size", partSize, "--threads", "2", "--quiet");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        ObjectMapper json = new ObjectMapper();
        Path manifest = out.resolve("manifest.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int partsAtKill = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(manifest)) {
                try {
                    partsAtKill = json.readTree(manifest.toFile()).get("parts").size();
                } catch (java.io.IOException e) {
                    partsAtKill = 0; // replaced atomically, so this does not happen; retry if it does
                }
                if (partsAtKill >= parts) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        JsonNode killed = json.readTree(manifest.toFile());
        assertNotEquals("complete", killed.get("status").asText(), "the run must be killed mid-way; log: "
                + Files.readString(tmp.resolve("child.log")));
        return killed;
    }

    @Test
    void killedRunResumesToACompleteDataset() throws Exception {
        Path cfg = tmp.resolve("sweep.yaml");
        Files.writeString(cfg, SWEEP);
        Path out = tmp.resolve("out");
        JsonNode killed = runAndKill(cfg, out, "50", 6);
        ObjectMapper json = new ObjectMapper();
        Path manifest = out.resolve("manifest.json");
        long doneAtKill = killed.get("configurations_done").asLong();
        assertTrue(doneAtKill > 0 && doneAtKill < 2500, "killed after " + doneAtKill + " configurations");

        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--part-size", "50", "--resume", "--quiet");
        assertEquals(0, r.exitCode(), r.err());

        JsonNode m = json.readTree(manifest.toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(2500, m.get("configurations_done").asLong());
        assertEquals(2 * 50, m.get("parts").size());
        for (JsonNode part : m.get("parts")) {
            assertEquals(part.get("sha256").asText(), RunCommandTest.sha256(out.resolve(part.get("file").asText())));
        }
        String summary = Duck.glob(out, "summary");
        assertEquals(2500L, Duck.scalar("select count(*) from read_parquet(" + summary + ")"));
        assertEquals(2500L, Duck.scalar("select count(distinct config_id) from read_parquet(" + summary + ")"));
        assertEquals(2499L, Duck.scalar("select max(config_id) from read_parquet(" + summary + ")"));
        assertEquals(2500L * 8, Duck.scalar("select count(*) from read_parquet(" + Duck.glob(out, "spectra") + ")"));
        try (Stream<Path> files = Files.walk(out)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".")), "no temporary file visible");
        }
        // The listed parts are exactly the files on disk.
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(m.get("parts").size(), files.filter(f -> f.toString().endsWith(".parquet")).count());
        }
        assertTrue(new File(out.toFile(), "summary").isDirectory());
    }

    /** 2 species x 6 heights x 6 widths = 72 one-well filters with every observable table, in parts of 4. */
    static final String OBSERVABLES = """
            species: [K+, Na+]
            profile:
              type: multisite
              sites: 1
              barrier_height_eV: {from: 0.05, to: 0.12, steps: 6}
              barrier_width_A: {from: 0.2, to: 0.5, steps: 6}
              well_depth_eV: 0.02
              well_width_A: 1.0
            energy: {min_eV: 0.002, max_eV: 0.2, points: 41}
            """;

    @Test
    void killedRunWithTheObservableTablesResumesToACompleteDataset() throws Exception {
        Path cfg = tmp.resolve("observables.yaml");
        Files.writeString(cfg, OBSERVABLES);
        Path out = tmp.resolve("obs");
        JsonNode killed = runAndKill(cfg, out, "4", 6);
        assertFalse(killed.get("parts").findValuesAsText("table").contains("selectivity"), "killed before the selectivity");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--part-size", "4", "--resume", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", m.get("status").asText());
        assertEquals(18 * 2 + 9, m.get("parts").size(), "18 summary and resonances parts, 9 selectivity parts");
        for (JsonNode part : m.get("parts")) {
            assertEquals(part.get("sha256").asText(), RunCommandTest.sha256(out.resolve(part.get("file").asText())));
        }
        String summary = "read_parquet(" + Duck.glob(out, "summary") + ")";
        String resonances = "read_parquet(" + Duck.glob(out, "resonances") + ")";
        assertEquals(72L, Duck.scalar("select count(*) from " + summary));
        assertEquals(72L, Duck.scalar("select count(distinct config_id) from " + summary));
        // no resonance row lost or doubled: the counts per configuration match the summary's
        assertEquals(0L, Duck.scalar("select count(*) from " + summary + " s left join (select config_id, count(*) n, "
                + "count(distinct energy_eV) d from " + resonances + " group by config_id) r using (config_id) "
                + "where s.resonance_count <> coalesce(r.n, 0) or r.n <> r.d"));
        assertEquals(36L, Duck.scalar("select count(*) from read_parquet(" + Duck.glob(out, "selectivity") + ")"));
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(m.get("parts").size(), files.filter(f -> f.toString().endsWith(".parquet")).count());
        }
    }
}
