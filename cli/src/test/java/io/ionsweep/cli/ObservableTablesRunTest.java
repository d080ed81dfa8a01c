package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ionsweep.engine.observables.ObservableSettings;
import io.ionsweep.engine.observables.Observables;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resonances and selectivity tables of `ionsweep run` (observables on by default): read back with
 * DuckDB, aligned with the summary parts, byte-identical for any thread count, shards, and resume.
 */
class ObservableTablesRunTest {
    @TempDir
    Path tmp;

    /** 3 species x 2 biases x 2 heights x 2 widths = 24 one-well filters; 8 configurations per species. */
    static final String SWEEP = """
            species: [K+, Na+, Li+]
            bias_mV: [0, 20]
            profile:
              type: multisite
              sites: 1
              barrier_height_eV: [0.06, 0.1]
              barrier_width_A: [0.2, 0.4]
              well_depth_eV: 0.02
              well_width_A: 1.0
              slices_per_layer: 4
            energy: {min_eV: 0.002, max_eV: 0.2, points: 41}
            """;
    static final String PART_SIZE = "5";
    static final List<String> PARAMETERS = List.of("mass_factor", "temperature_K", "bias_mV", "sites",
            "barrier_height_eV", "barrier_width_A", "well_depth_eV", "well_width_A");

    private Path config(String name, String yaml) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, yaml);
        return p;
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

    private static String table(Path dir, String table) {
        return "read_parquet(" + Duck.glob(dir, table) + ")";
    }

    @Test
    void resonancesAreOneRowPerPoleAlignedWithTheSummaryParts() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        Path out = tmp.resolve("out");
        run(cfg, out, "--part-size", PART_SIZE);
        List<List<Object>> types = Duck.query("select column_name, column_type from (describe select * from "
                + table(out, "resonances") + ")");
        assertEquals(List.of(List.of("config_id", "BIGINT"), List.of("energy_eV", "DOUBLE"), List.of("width_eV", "DOUBLE"),
                List.of("q_factor", "DOUBLE"), List.of("lifetime_ps", "DOUBLE"), List.of("peak_transmission", "DOUBLE"),
                List.of("resolved", "BOOLEAN"), List.of("spacing_THz", "DOUBLE")), types);
        String units = "(select decode(value) from parquet_kv_metadata('" + out.resolve("resonances/part-00000.parquet")
                + "') where decode(key) = 'ionsweep.units')";
        assertEquals("eV", Duck.scalar("select json_extract_string(" + units + ", '$.width_eV')"));
        assertEquals("ps", Duck.scalar("select json_extract_string(" + units + ", '$.lifetime_ps')"));
        assertEquals("THz", Duck.scalar("select json_extract_string(" + units + ", '$.spacing_THz')"));

        // every configuration's rows are exactly its poles in energy.min_eV..max_eV, from the observables' entry point
        SweepPlan plan = ConfigLoader.load(cfg).plan();
        long total = 0;
        for (long id = 0; id < plan.size(); id++) {
            Configuration c = plan.configuration(id);
            List<Resonance> expected = Observables.compute(c.profile().staircase(0), null, c.massU(), c.species().charge(),
                    new ObservableSettings(c.temperatureK(), new io.ionsweep.engine.observables.ConductanceModel.Rate(1),
                            0.002, 0.2)).resonances();
            List<List<Object>> rows = Duck.query("select energy_eV, width_eV, q_factor, lifetime_ps, peak_transmission, "
                    + "resolved, spacing_THz from " + table(out, "resonances") + " where config_id = " + id
                    + " order by energy_eV");
            assertEquals(expected.size(), rows.size(), "config " + id);
            assertTrue(rows.size() >= 5, "config " + id + " has resonances in the window");
            for (int i = 0; i < rows.size(); i++) {
                Resonance r = expected.get(i);
                assertEquals(List.of(r.energyEv(), r.widthEv(), r.qFactor(), r.lifetimePs(), r.peakTransmission(),
                        r.resolved(), r.spacingThz()), rows.get(i), "config " + id + " pole " + i);
                assertTrue(r.energyEv() >= 0.002 && r.energyEv() <= 0.2);
            }
            total += rows.size();
        }
        assertEquals(total, Duck.scalar("select count(*) from " + table(out, "resonances")));
        // the summary's resonance_count counts the same rows
        assertEquals(0L, Duck.scalar("select count(*) from " + table(out, "summary") + " s left join (select config_id, "
                + "count(*) n from " + table(out, "resonances") + " group by config_id) r using (config_id) "
                + "where s.resonance_count <> coalesce(r.n, 0)"));
        // resonance part p holds exactly the configurations of summary part p
        JsonNode m = manifest(out);
        assertEquals("complete", m.get("status").asText());
        int resonanceParts = 0;
        for (JsonNode part : m.get("parts")) {
            if (!part.get("table").asText().equals("resonances")) {
                continue;
            }
            resonanceParts++;
            long first = part.get("first_config_id").asLong();
            long end = part.get("end_config_id").asLong();
            String file = "'" + out.resolve(part.get("file").asText()) + "'";
            assertEquals(List.of(first, end - 1), Duck.query("select min(config_id), max(config_id) from read_parquet("
                    + file + ")").get(0), part.toString());
            assertEquals(part.get("rows").asLong(), Duck.scalar("select count(*) from read_parquet(" + file + ")"));
            String summaryFile = part.get("file").asText().replace("resonances/", "summary/");
            assertTrue(m.get("parts").findValuesAsText("file").contains(summaryFile));
        }
        assertEquals(5, resonanceParts, "24 configurations in parts of 5");
    }

    @Test
    void selectivityPairsTheConfigurationsThatDifferOnlyInSpecies() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        Path out = tmp.resolve("out");
        run(cfg, out, "--part-size", PART_SIZE);
        String sel = table(out, "selectivity");
        String sum = table(out, "summary");
        // M = 8 configurations per species, S = 3: M S (S - 1) / 2 pairs
        assertEquals(24L, Duck.scalar("select count(*) from " + sel));
        assertEquals(24L, Duck.scalar("select count(distinct (config_id_a, config_id_b)) from " + sel));
        assertEquals(List.of(List.of("K+", "Li+", 8L), List.of("K+", "Na+", 8L), List.of("Na+", "Li+", 8L)),
                Duck.query("select species_a, species_b, count(*) from " + sel + " group by all order by all"));
        // partners differ only in species, and the ratios are the summary's conductances divided
        StringBuilder same = new StringBuilder();
        for (String p : PARAMETERS) {
            same.append(" and a.").append(p).append(" = b.").append(p);
        }
        String join = " from " + sel + " s join " + sum + " a on a.config_id = s.config_id_a join " + sum
                + " b on b.config_id = s.config_id_b";
        assertEquals(24L, Duck.scalar("select count(*)" + join + " where a.species = s.species_a and b.species = s.species_b"
                + " and a.species <> b.species" + same));
        assertEquals(24L, Duck.scalar("select count(*)" + join
                + " where s.conductance_ratio_quantum = a.conductance_quantum_pS / b.conductance_quantum_pS"
                + " and s.conductance_ratio_classical = a.conductance_classical_pS / b.conductance_classical_pS"
                + " and s.conductance_quantum_a_pS = a.conductance_quantum_pS and s.conductance_quantum_b_pS = b.conductance_quantum_pS"
                + " and s.conductance_classical_a_pS = a.conductance_classical_pS"
                + " and s.conductance_classical_b_pS = b.conductance_classical_pS"));
        // lighter ions cross classically just as well (same Arrhenius factor) but tunnel better
        assertEquals(24L, Duck.scalar("select count(*) from " + sel + " where conductance_ratio_classical = 1"));
        JsonNode m = manifest(out);
        assertEquals(2, m.get("parts").findValuesAsText("table").stream().filter("selectivity"::equals).count(),
                "8 non-species indices in parts of 5");
        assertTrue(m.get("tables").has("selectivity"));
    }

    @Test
    void oneSpeciesOrASampledSweepWritesNoSelectivity() throws Exception {
        Path one = tmp.resolve("one");
        run(config("one.yaml", SWEEP.replace("[K+, Na+, Li+]", "K+")), one);
        assertFalse(Files.exists(one.resolve("selectivity")));
        assertFalse(manifest(one).get("tables").has("selectivity"));
        assertTrue(manifest(one).get("tables").has("resonances"));
        Path sampled = tmp.resolve("sampled");
        run(config("sampled.yaml", SWEEP.replace("[0.06, 0.1]", "{from: 0.06, to: 0.1}")
                + "sample: {method: sobol, count: 6, seed: 3}\n"), sampled);
        assertFalse(Files.exists(sampled.resolve("selectivity")));
        assertEquals(6L, Duck.scalar("select count(distinct config_id) from " + table(sampled, "summary")));
        // switched off explicitly: no resonances either
        Path off = tmp.resolve("off");
        run(config("off.yaml", SWEEP + "outputs: {resonances: false, selectivity: false}\n"), off);
        assertFalse(Files.exists(off.resolve("resonances")));
        assertFalse(Files.exists(off.resolve("selectivity")));
        assertEquals("complete", manifest(off).get("status").asText());
        // ...and no search: the resonance summaries are missing, the integrals those of a run with it
        Path on = tmp.resolve("on");
        run(config("on.yaml", SWEEP + "outputs: {selectivity: false}\n"), on);
        String joined = table(off, "summary") + " o join " + table(on, "summary") + " w using (config_id)";
        assertEquals(List.of(List.of(24L, 0L, 0L, 0L, 24L)), Duck.query("select count(*), count(o.resonance_count), "
                + "count(o.first_resonance_eV), count(o.median_spacing_THz), count(w.resonance_count) from " + joined));
        // a count is an integer column, its nulls included
        assertEquals(List.of(List.of("BIGINT", "BIGINT")), Duck.query("select any_value(typeof(o.resonance_count)), "
                + "any_value(typeof(w.resonance_count)) from " + joined));
        for (String column : List.of("mean_transmission", "conductance_quantum_pS", "current_quantum_pA")) {
            double worst = ((Number) Duck.scalar("select max(abs(o." + column + " - w." + column + ") / abs(w." + column
                    + ")) from " + joined + " where w." + column + " <> 0")).doubleValue();
            assertTrue(worst < 1e-8, column + " differs by " + worst);
        }
    }

    @Test
    void smoothProfilesGiveNullRatiosAndEmptyResonanceParts() throws Exception {
        Path out = tmp.resolve("smooth");
        run(config("smooth.yaml", """
                species: [K+, Na+]
                profile: {type: eckart, height_eV: [0.1, 0.12], length_A: 0.4}
                energy: {min_eV: 0.002, max_eV: 0.2, points: 11}
                """), out);
        assertEquals(List.of(List.of(2L, 0L, 0L)), Duck.query("select count(*), count(conductance_ratio_quantum), "
                + "count(conductance_quantum_a_pS) from " + table(out, "selectivity")));
        assertEquals(List.of(List.of(0L, 2L)), Duck.query("select config_id_a, config_id_b from " + table(out, "selectivity")
                + " where species_a = 'K+' and species_b = 'Na+' order by 1 limit 1").stream()
                .map(r -> List.<Object>of(r.get(0), r.get(1))).toList());
        assertTrue(Files.exists(out.resolve("resonances/part-00000.parquet")), "a part without rows is still written");
        assertEquals(0L, Duck.scalar("select count(*) from " + table(out, "resonances")));
        assertEquals("complete", manifest(out).get("status").asText());
    }

    @Test
    void everyTableIsByteIdenticalForAnyThreadCount() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");
        run(cfg, one, "--threads", "1", "--part-size", PART_SIZE);
        run(cfg, three, "--threads", "3", "--part-size", PART_SIZE);
        JsonNode a = manifest(one).get("parts");
        JsonNode b = manifest(three).get("parts");
        assertEquals(5 * 2 + 2, a.size(), "summary and resonances parts, and 2 selectivity parts");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).get("file"), b.get(i).get("file"));
            assertEquals(a.get(i).get("sha256"), b.get(i).get("sha256"), "byte-identical " + a.get(i).get("file"));
        }
    }

    /** README "Datasets": the selectivity of sharded runs, from the union of their summaries. */
    static String shardSelectivitySql(String summaries, long perSpecies) {
        return "with s as (select * from read_parquet(" + summaries + ")) "
                + "select a.config_id as config_id_a, b.config_id as config_id_b, a.species as species_a, "
                + "b.species as species_b, a.conductance_quantum_pS / b.conductance_quantum_pS as conductance_ratio_quantum, "
                + "a.conductance_classical_pS / b.conductance_classical_pS as conductance_ratio_classical "
                + "from s a join s b on a.config_id % " + perSpecies + " = b.config_id % " + perSpecies
                + " and a.config_id < b.config_id";
    }

    @Test
    void shardsUniteToTheWholeRunAndTheirSelectivityIsOneQueryAway() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        Path whole = tmp.resolve("whole");
        run(cfg, whole, "--part-size", PART_SIZE);
        List<String> globs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path shard = tmp.resolve("shard" + i);
            run(cfg, shard, "--part-size", PART_SIZE, "--shard", i + "/3");
            assertFalse(Files.exists(shard.resolve("selectivity")), "a shard writes no selectivity");
            assertFalse(manifest(shard).get("tables").has("selectivity"));
            assertEquals("complete", manifest(shard).get("status").asText());
        }
        String shardGlob = "'" + tmp + "/shard*/resonances/*.parquet'";
        String all = "select * from " + table(whole, "resonances");
        String union = "select * from read_parquet(" + shardGlob + ")";
        assertEquals(Duck.scalar("select count(*) from (" + all + ")"), Duck.scalar("select count(*) from (" + union + ")"));
        assertEquals(0L, Duck.scalar("select count(*) from ((" + all + ") except (" + union + "))"));
        assertEquals(0L, Duck.scalar("select count(*) from ((" + union + ") except (" + all + "))"));
        String fromShards = shardSelectivitySql("'" + tmp + "/shard*/summary/*.parquet'", 8);
        String written = "select config_id_a, config_id_b, species_a, species_b, conductance_ratio_quantum, "
                + "conductance_ratio_classical from " + table(whole, "selectivity");
        assertEquals(24L, Duck.scalar("select count(*) from (" + fromShards + ")"));
        assertEquals(0L, Duck.scalar("select count(*) from ((" + fromShards + ") except (" + written + "))"));
        assertEquals(0L, Duck.scalar("select count(*) from ((" + written + ") except (" + fromShards + "))"));
    }

    @Test
    void resumeRedoesMissingResonancePartsAndSelectivity() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        Path ref = tmp.resolve("ref");
        Path out = tmp.resolve("out");
        run(cfg, ref, "--part-size", PART_SIZE);
        run(cfg, out, "--part-size", PART_SIZE);
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) manifest(out);
        ArrayNode parts = (ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            JsonNode p = parts.get(i);
            boolean selectivity = p.get("table").asText().equals("selectivity");
            // per-part tables from part 3 on, and selectivity part 1, are not listed any more
            if ((!selectivity && p.get("part").asLong() >= 3) || (selectivity && p.get("part").asLong() == 1)) {
                parts.remove(i);
            }
        }
        m.put("status", "running");
        Files.write(out.resolve("manifest.json"), json.writeValueAsBytes(m));
        // listed but lost: resonances part 1 (so part 1 is redone, summary included)
        Files.delete(out.resolve("resonances/part-00001.parquet"));
        // unlisted leftovers that must be recomputed, not trusted
        Files.writeString(out.resolve("resonances/part-00003.parquet"), "corrupt");
        Files.writeString(out.resolve("selectivity/part-00001.parquet"), "corrupt");
        Files.writeString(out.resolve("selectivity/.part-00001.parquet.tmp"), "half");
        run(cfg, out, "--part-size", PART_SIZE, "--resume");
        assertSameParts(ref, out);
        // a crash between the last summary part and the selectivity: only the selectivity is computed
        m = (ObjectNode) manifest(out);
        parts = (ArrayNode) m.get("parts");
        for (int i = parts.size() - 1; i >= 0; i--) {
            if (parts.get(i).get("table").asText().equals("selectivity")) {
                parts.remove(i);
            }
        }
        m.put("status", "running");
        Files.write(out.resolve("manifest.json"), json.writeValueAsBytes(m));
        run(cfg, out, "--part-size", PART_SIZE, "--resume");
        assertSameParts(ref, out);
        JsonNode runs = manifest(out).get("runs");
        assertEquals(0, runs.get(runs.size() - 1).get("configurations").asLong(), "no configuration recomputed");
    }

    private static void assertSameParts(Path ref, Path out) throws IOException {
        JsonNode a = manifest(ref).get("parts");
        JsonNode b = manifest(out).get("parts");
        assertEquals(a.size(), b.size());
        java.util.Map<String, String> shas = new java.util.HashMap<>();
        a.forEach(p -> shas.put(p.get("file").asText(), p.get("sha256").asText()));
        for (JsonNode p : b) {
            assertEquals(shas.get(p.get("file").asText()), p.get("sha256").asText(), p.toString());
            assertEquals(p.get("sha256").asText(), sha(out.resolve(p.get("file").asText())));
        }
        assertEquals("complete", manifest(out).get("status").asText());
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> parquet = files.filter(f -> f.getFileName().toString().contains("parquet")).toList();
            assertEquals(b.size(), parquet.size(), "exactly the listed parts on disk: " + parquet);
        }
    }

    private static String sha(Path f) {
        try {
            return RunCommandTest.sha256(f);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void dryRunEstimatesTheNewTablesAndABadConductanceBlockWritesNothing() throws Exception {
        Path cfg = config("sweep.yaml", SWEEP);
        CliRunner dry = CliRunner.run("run", cfg.toString(), "--out", tmp.resolve("dry").toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("selectivity rows:   24 "), dry.out());
        assertTrue(dry.out().contains("resonance rows:"), dry.out());
        Path never = tmp.resolve("never");
        for (String bad : List.of("conductance: {model: landauer}\n", "conductance: {model: rate, concentration_mM: 150}\n",
                "conductance: {occupancy: .nan}\n", "outputs: {selectivity: yes}\n")) {
            CliRunner r = CliRunner.run("run", config("bad.yaml", SWEEP + bad).toString(), "--out", never.toString());
            assertEquals(2, r.exitCode(), bad + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("bad.yaml: conductance.") || r.err().contains("bad.yaml: outputs.selectivity"), r.err());
            assertTrue(r.err().contains("; allowed: "), r.err());
            assertFalse(Files.exists(never));
        }
    }
}
