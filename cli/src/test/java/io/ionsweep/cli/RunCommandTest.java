package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path tmp;

    /**
     * 3 species x 4 heights x 5 widths = 60 configurations, with bias on some. The thermal observables are
     * off here to keep these tests of the sweep machinery fast; ObservableTablesRunTest covers their tables.
     */
    static final String SWEEP = """
            species: [K+, Na+, Li+]
            bias_mV: 25
            profile:
              type: multisite
              sites: 2
              barrier_height_eV: [0.05, 0.08, 0.11, 0.14]
              barrier_width_A: {from: 0.2, to: 0.6, steps: 5}
              well_depth_eV: 0.04
              well_width_A: 2.5
              slices_per_layer: 4
            energy: {min_eV: 0.002, max_eV: 0.25, points: 101}
            outputs: {spectra: true, spectra_stride: 10, conductance: false, resonances: false}
            """;

    private Path config(String yaml) throws IOException {
        Path p = tmp.resolve("sweep.yaml");
        Files.writeString(p, yaml);
        return p;
    }

    @Test
    void withoutKernelOptionTheSpectraFollowTheKernelProperty() throws IOException {
        Path cfg = config(SWEEP);
        // the engine's own kernels are chosen once per JVM: choose them before the property changes, so that the
        // tests after this one run on the same kernels as without it
        KernelProvider.get();
        KernelProvider.deflation();
        KernelProvider.complexSlices();
        KernelProvider.stiffness();
        String before = System.getProperty(KernelProvider.PROPERTY);
        System.setProperty(KernelProvider.PROPERTY, "scalar");
        try {
            Path out = tmp.resolve("forced");
            run(cfg, out);
            assertEquals("scalar", manifest(out).get("kernel").asText());
            // the option still wins over the property
            Path chosen = tmp.resolve("chosen");
            run(cfg, chosen, "--kernel", "auto");
            assertEquals(KernelProvider.select(io.ionsweep.engine.kernel.KernelChoice.AUTO).name(),
                    manifest(chosen).get("kernel").asText());
        } finally {
            if (before == null) {
                System.clearProperty(KernelProvider.PROPERTY);
            } else {
                System.setProperty(KernelProvider.PROPERTY, before);
            }
        }
    }

    private static CliRunner run(Path cfg, Path out, String... extra) {
        String[] args = Stream.concat(Stream.of("run", cfg.toString(), "--out", out.toString(), "--quiet"),
                Stream.of(extra)).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    private static JsonNode manifest(Path dir) throws IOException {
        return new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    }

    @Test
    void theDatasetReadsBackInDuckDbWithTheKernelsValues() throws Exception {
        Path cfg = config(SWEEP);
        Path out = tmp.resolve("out");
        run(cfg, out, "--part-size", "16");
        String summary = Duck.glob(out, "summary");
        assertEquals(60L, Duck.scalar("select count(*) from read_parquet(" + summary + ")"));
        assertEquals(60L, Duck.scalar("select count(distinct config_id) from read_parquet(" + summary + ")"));
        assertEquals(59L, Duck.scalar("select max(config_id) from read_parquet(" + summary + ")"));
        List<List<Object>> types = Duck.query("select column_name, column_type from (describe select * from read_parquet("
                + summary + "))");
        assertEquals(List.of("config_id", "BIGINT"), types.get(0));
        assertTrue(types.contains(List.of("species", "VARCHAR")));
        assertTrue(types.contains(List.of("charge", "INTEGER")));
        assertTrue(types.contains(List.of("barrier_height_eV", "DOUBLE")));
        assertTrue(types.contains(List.of("peak_transmission", "DOUBLE")));
        // 60 configurations x ceil(101 / 10) strided energies
        assertEquals(60L * 11, Duck.scalar("select count(*) from read_parquet(" + Duck.glob(out, "spectra") + ")"));

        SweepPlan plan = ConfigLoader.load(cfg).plan();
        TransmissionKernel kernel = KernelProvider.get();
        double[] e = plan.energy().energiesEv();
        for (long id : new long[] {0, 23, 59}) {
            Configuration c = plan.configuration(id);
            double[] log10T = new double[e.length];
            kernel.log10Transmission(c.staircase(), c.massU(), e, log10T, e.length);
            List<Object> row = Duck.query("select species, barrier_height_eV, barrier_width_A, min_log10_transmission "
                    + "from read_parquet(" + summary + ") where config_id = " + id).get(0);
            assertEquals(c.species().name(), row.get(0));
            assertEquals(c.parameters().get("barrier_height_eV"), row.get(1));
            assertEquals(c.parameters().get("barrier_width_A"), row.get(2));
            assertEquals(java.util.Arrays.stream(log10T).min().orElseThrow(), (Double) row.get(3), 0.0);
            List<List<Object>> spectrum = Duck.query("select energy_eV, log10_transmission from read_parquet("
                    + Duck.glob(out, "spectra") + ") where config_id = " + id + " order by energy_eV");
            for (int k = 0; k < spectrum.size(); k++) {
                assertEquals(e[10 * k], (Double) spectrum.get(k).get(0), 0.0);
                assertEquals(log10T[10 * k], (Double) spectrum.get(k).get(1), 0.0);
            }
        }
        JsonNode m = manifest(out);
        assertEquals("complete", m.get("status").asText());
        assertEquals(60, m.get("configurations_done").asLong());
        for (JsonNode part : m.get("parts")) {
            Path f = out.resolve(part.get("file").asText());
            assertEquals(part.get("sha256").asText(), sha256(f));
            assertEquals(part.get("bytes").asLong(), Files.size(f));
        }
        assertEquals(8, m.get("parts").size(), "4 parts of 16 configurations, summary and spectra");
        JsonNode latency = m.get("runs").get(0).get("batch_latency_ms");
        assertTrue(latency.get("p50").asDouble() > 0 && latency.get("max").asDouble() >= latency.get("p99").asDouble());
    }

    @Test
    void sameConfigGivesIdenticalFilesForAnyThreadCount() throws Exception {
        Path cfg = config(SWEEP);
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        run(cfg, one, "--threads", "1", "--part-size", "16");
        run(cfg, two, "--threads", "3", "--part-size", "16");
        JsonNode a = manifest(one).get("parts");
        JsonNode b = manifest(two).get("parts");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).get("file"), b.get(i).get("file"));
            assertEquals(a.get(i).get("sha256"), b.get(i).get("sha256"), "byte-identical " + a.get(i).get("file"));
        }
    }

    @Test
    void theUnionOfShardsIsTheWholeRun() throws Exception {
        Path cfg = config(SWEEP);
        Path whole = tmp.resolve("whole");
        run(cfg, whole, "--part-size", "7");
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Path shard = tmp.resolve("shard" + i);
            run(cfg, shard, "--part-size", "7", "--shard", i + "/3");
            union.append(i == 0 ? "" : " union all ").append("select * from read_parquet(").append(Duck.glob(shard, "summary")).append(")");
        }
        String all = "select * from read_parquet(" + Duck.glob(whole, "summary") + ")";
        assertEquals(60L, Duck.scalar("select count(*) from (" + union + ")"), "no duplicates across shards");
        assertEquals(0L, Duck.scalar("select count(*) from ((" + all + ") except (" + union + "))"));
        assertEquals(0L, Duck.scalar("select count(*) from ((" + union + ") except (" + all + "))"));
    }

    @Test
    void resumeRedoesExactlyWhatIsMissing() throws Exception {
        Path cfg = config(SWEEP);
        Path ref = tmp.resolve("ref");
        Path out = tmp.resolve("out");
        run(cfg, ref, "--part-size", "16");
        run(cfg, out, "--part-size", "16");
        // What a crash can leave: a part lost with its manifest entry, a temp file, a renamed part the
        // manifest never heard of.
        ObjectMapper json = new ObjectMapper();
        var m = (com.fasterxml.jackson.databind.node.ObjectNode) manifest(out);
        var parts = (com.fasterxml.jackson.databind.node.ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).get("part").asLong() >= 2) {
                parts.remove(i);
            }
        }
        m.put("status", "running");
        Files.write(out.resolve("manifest.json"), json.writeValueAsBytes(m));
        Files.delete(out.resolve("summary/part-00003.parquet"));
        Files.writeString(out.resolve("summary/.part-00003.parquet.tmp"), "half a file");
        // part-00002 files stay on disk but unlisted: they must be recomputed, not trusted.
        Files.writeString(out.resolve("spectra/part-00002.parquet"), "corrupt");

        CliRunner notResumed = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, notResumed.exitCode(), "a non-empty DIR is refused without --resume");
        run(cfg, out, "--part-size", "16", "--resume");

        JsonNode a = manifest(ref).get("parts");
        JsonNode b = manifest(out).get("parts");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).get("sha256"), b.get(i).get("sha256"), "part " + a.get(i) + " vs " + b.get(i));
        }
        assertEquals("complete", manifest(out).get("status").asText());
        try (Stream<Path> files = Files.walk(out)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
        assertEquals(60L, Duck.scalar("select count(distinct config_id) from read_parquet(" + Duck.glob(out, "summary") + ")"));
    }

    @Test
    void badInputWritesNothing() throws Exception {
        Path out = tmp.resolve("never");
        CliRunner r = CliRunner.run("run", config(SWEEP.replace("sites: 2", "sites: -2")).toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("profile.sites"), r.err());
        assertFalse(Files.exists(out));
        CliRunner shard = CliRunner.run("run", config(SWEEP).toString(), "--out", out.toString(), "--shard", "3/3");
        assertEquals(2, shard.exitCode());
        assertTrue(shard.err().contains("--shard"), shard.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnwritableDirectoryIsAClearError() throws Exception {
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        CliRunner r = CliRunner.run("run", config(SWEEP).toString(), "--out", file.resolve("sub").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("cannot create the directory"), r.err());
    }

    @Test
    void dryRunPrintsTheEstimateAndWritesNothing() throws Exception {
        Path out = tmp.resolve("dry");
        CliRunner r = CliRunner.run("run", config(SWEEP).toString(), "--out", out.toString(), "--dry-run");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("60"), r.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputOverTheLimitIsRefusedUnlessForced() throws Exception {
        Path cfg = config(SWEEP + "limits: {max_output_bytes: 1000}\n");
        Path out = tmp.resolve("big");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("max_output_bytes"), r.err());
        assertFalse(Files.exists(out));
        run(cfg, out, "--force");
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }

    static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
