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

    @Test
    void killedRunResumesToACompleteDataset() throws Exception {
        Path cfg = tmp.resolve("sweep.yaml");
        Files.writeString(cfg, SWEEP);
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "run", cfg.toString(), "--out",
                out.toString(), "--part-size", "50", "--threads", "2", "--quiet");
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
                if (partsAtKill >= 6) {
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
}
