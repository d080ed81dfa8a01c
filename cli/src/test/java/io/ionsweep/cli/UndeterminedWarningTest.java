package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The closing report warns when configurations of the run have a {@code <T>} that double precision does not
 * certify, and stays silent otherwise; the warning's counts are the dataset's, and {@code inspect}'s.
 */
class UndeterminedWarningTest {
    @TempDir
    Path tmp;

    /**
     * fuzz-multisite.yaml configuration 64 without its bias (Na+ at mass_factor 0.25 and 12 K, four wells, whose
     * lowest quartet, 1e-34 eV wide, carries <T>: 23 decades above what the engine gives, README) and the same
     * filter at 600 K, where the bound is 4e-7.
     */
    static final String SWEEP = """
            species: Na+
            mass_factor: 0.24921909553362098
            temperature_K: [11.772646072057354, 600]
            profile:
              type: multisite
              sites: 4
              barrier_height_eV: 0.636887968177052
              barrier_width_A: 0.9429226723482717
              well_depth_eV: 0.15707728874110571
              well_width_A: 0.5770418490885202
            energy: {min_eV: 0.002, max_eV: 0.3, points: 16}
            outputs: {selectivity: false}
            """;

    private CliRunner run(String yaml, String name) throws IOException {
        Path cfg = CliRunner.config(tmp, name, yaml);
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", tmp.resolve(name).toString());
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    @Test
    void aRunWithAnUncertifiedMeanSaysHowManyInOneLine() throws IOException, SQLException {
        CliRunner r = run(SWEEP, "cold");
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), r.err());
        List<List<Object>> counts = Duck.query("SELECT count(*) FILTER (WHERE mean_transmission_undetermined > 1e-6), "
                + "count(*) FILTER (WHERE current_quantum_undetermined > 1e-6) FROM " + Duck.glob(tmp.resolve("cold"),
                "summary"));
        assertEquals(1L, ((Number) counts.get(0).get(0)).longValue(), "the cold configuration");
        // inspect counts the same from the dataset, for runs that did not print the warning (resumed, Spark)
        CliRunner inspect = CliRunner.run("inspect", tmp.resolve("cold").toString(), "--format", "json");
        assertEquals(0, inspect.exitCode(), inspect.err());
        JsonNode uncertified = new ObjectMapper().readTree(inspect.out()).get("uncertified");
        assertEquals(1, uncertified.get("mean_transmission_undetermined").asLong(), uncertified.toString());
        assertEquals(0, uncertified.get("current_quantum_undetermined").asLong(), uncertified.toString());
        assertTrue(CliRunner.run("inspect", tmp.resolve("cold").toString()).out()
                .contains("mean_transmission_undetermined above 1e-06 in 1 of 2 rows"));
        assertTrue(warnings.get(0).startsWith("warning: mean_transmission_undetermined above 1e-06 in 1 of the 2 "
                + "configurations computed in this run (current_quantum_undetermined in 0)"), warnings.get(0));
    }

    /** The single-configuration command warns in the same words on stderr, so its csv or json stays clean. */
    @Test
    void theConductanceCommandWarnsOnStderrAsTheRunDoes() throws IOException {
        Path cfg = CliRunner.config(tmp, "cold-conductance", SWEEP);
        CliRunner r = CliRunner.run("conductance", cfg.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> warnings = r.err().lines().filter(l -> l.startsWith("warning:")).toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).startsWith("warning: mean_transmission_undetermined above 1e-06 in 1 of the 2 "
                + "configurations computed in this run (current_quantum_undetermined in 0)"), warnings.get(0));
        assertFalse(r.out().contains("warning"), r.out());
        assertEquals(3, r.out().lines().count(), "a header and two rows: " + r.out());

        CliRunner warm = CliRunner.run("conductance", CliRunner.config(tmp, "warm-conductance",
                SWEEP.replace("[11.772646072057354, 600]", "600")).toString());
        assertEquals(0, warm.exitCode(), warm.err());
        assertFalse(warm.err().contains("warning:"), warm.err());
    }

    @Test
    void aRunWhoseMeansAreAllCertifiedIsSilent() throws IOException, SQLException {
        CliRunner r = run(SWEEP.replace("[11.772646072057354, 600]", "600"), "warm");
        assertFalse(r.err().contains("warning:"), r.err());
        assertEquals(0L, ((Number) Duck.scalar("SELECT count(*) FILTER (WHERE mean_transmission_undetermined > 1e-6) FROM "
                + Duck.glob(tmp.resolve("warm"), "summary"))).longValue());
    }
}
