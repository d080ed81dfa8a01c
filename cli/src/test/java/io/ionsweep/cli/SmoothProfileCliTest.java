package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.physics.PhysicalConstants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smooth profiles through the command line: an Eckart spectrum against the Landau-Lifshitz closed form
 * (written here, from the constants only), the discretisation_error_estimate column of a run, and a
 * table config from file to dataset.
 */
class SmoothProfileCliTest {
    @TempDir
    Path tmp;

    private static final double LN10 = Math.log(10.0);
    private static final double ACCURACY = 1e-6;
    /** Below this T the accuracy is absolute on log10 T (the documented contract). */
    private static final double RELATIVE_FLOOR_LOG10_T = -30;
    /** Ion masses: IUPAC standard atomic weights minus one electron mass. */
    private static final double K_MASS_U = 39.0983 - PhysicalConstants.ELECTRON_MASS_U;
    private static final double LI_MASS_U = 6.94 - PhysicalConstants.ELECTRON_MASS_U;
    private static final Pattern ESTIMATE_LINE =
            Pattern.compile("discretisation error estimate: (\\S+) in log10 T \\((.*)\\)");

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    /**
     * ln T of the Eckart barrier V0 / cosh^2(x / a) (Landau and Lifshitz, Quantum Mechanics, section 25):
     * T = sinh^2(pi k a) / (sinh^2(pi k a) + cosh^2((pi/2) sqrt(8 m V0 a^2 / hbar^2 - 1))), with
     * cos^2((pi/2) sqrt(1 - 8 m V0 a^2 / hbar^2)) when 8 m V0 a^2 / hbar^2 < 1. In logarithms, since both
     * terms overflow a double for ions: ln T = -ln(1 + exp(ln other - ln sinh^2)).
     */
    static double eckartLnT(double massU, double heightEv, double lengthA, double energyEv) {
        double twoMOverHbar2 = massU / PhysicalConstants.HBAR2_OVER_2U_EV_A2; // 1/(eV A^2)
        double y = Math.PI * Math.sqrt(twoMOverHbar2 * energyEv) * lengthA;
        // ln sinh^2 y = 2 (y - ln 2 + ln(1 - e^{-2y}))
        double lnSinh2 = 2.0 * (y - Math.log(2.0) + Math.log1p(-Math.exp(-2.0 * y)));
        double g = 4.0 * twoMOverHbar2 * heightEv * lengthA * lengthA; // 8 m V0 a^2 / hbar^2
        double lnOther;
        if (g >= 1) {
            double z = 0.5 * Math.PI * Math.sqrt(g - 1.0);
            lnOther = 2.0 * (z - Math.log(2.0) + Math.log1p(Math.exp(-2.0 * z))); // ln cosh^2 z
        } else {
            lnOther = 2.0 * Math.log(Math.cos(0.5 * Math.PI * Math.sqrt(1.0 - g)));
        }
        double d = lnOther - lnSinh2;
        return d > 0 ? -(d + Math.log1p(Math.exp(-d))) : -Math.log1p(Math.exp(d));
    }

    /** The documented accuracy contract, in log10 T. */
    private static double toleranceLog10(double exactLog10T, double accuracy) {
        return exactLog10T > RELATIVE_FLOOR_LOG10_T ? accuracy / LN10 : accuracy;
    }

    private static double estimateOnStderr(CliRunner r) {
        Matcher m = ESTIMATE_LINE.matcher(r.err().strip());
        assertTrue(m.matches(), "one estimate line on stderr: " + r.err());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void anEckartSpectrumInCsvMatchesTheClosedFormWithinTheAccuracy() throws IOException {
        double height = 0.1;
        double length = 0.5;
        Path cfg = write("eckart.yaml", String.format(Locale.ROOT, """
                species: [K+, Li+]
                profile: {type: eckart, height_eV: %s, length_A: %s, center_A: 0.7, accuracy: %s}
                energy: {min_eV: 0.0002, max_eV: 0.3, points: 151}
                """, height, length, ACCURACY));
        CliRunner r = CliRunner.run("spectrum", cfg.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("config_id,energy_eV,transmission,log10_transmission", lines.get(0));
        assertEquals(1 + 2 * 151, lines.size());
        double worstFraction = 0;
        double deepest = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double mass = f[0].equals("0") ? K_MASS_U : LI_MASS_U;
            double e = Double.parseDouble(f[1]);
            double log10T = Double.parseDouble(f[3]);
            double exact = eckartLnT(mass, height, length, e) / LN10;
            assertTrue(Double.isFinite(log10T), line);
            double fraction = Math.abs(log10T - exact) / toleranceLog10(exact, ACCURACY);
            assertTrue(fraction <= 1, line + ": exact log10 T " + exact + ", " + fraction + " of the tolerance");
            worstFraction = Math.max(worstFraction, fraction);
            deepest = Math.min(deepest, exact);
        }
        assertTrue(deepest < -30, "the grid reaches deep tunnelling: " + deepest);
        double estimate = estimateOnStderr(r);
        assertTrue(estimate > 0 && estimate <= ACCURACY, r.err());
        assertTrue(r.err().contains("2 configurations"), r.err());
        System.out.printf(Locale.ROOT, "Eckart CLI spectrum: worst error %.3f of the tolerance, estimate %s%n",
                worstFraction, estimate);
    }

    @Test
    void piecewiseConstantSpectraPrintNoEstimate() throws IOException {
        Path cfg = write("layers.yaml", "species: K+\nprofile: {type: layers, layers: [[0.1, 0.5]]}\n"
                + "energy: {min_eV: 0.01, max_eV: 0.2, points: 5}\n");
        CliRunner r = CliRunner.run("spectrum", cfg.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void aRunWritesTheDiscretisationErrorEstimateOfEveryConfiguration() throws Exception {
        Path cfg = write("sweep.yaml", """
                species: K+
                profile:
                  type: eckart
                  height_eV: [0.08, 0.12]
                  length_A: [0.3, 0.6]
                  accuracy: [1e-5, 1e-7]
                energy: {min_eV: 0.002, max_eV: 0.25, points: 101}
                """);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        String summary = Duck.glob(out, "summary");
        assertTrue(Duck.query("select column_name, column_type from (describe select * from read_parquet(" + summary
                + "))").contains(List.of("discretisation_error_estimate", "DOUBLE")));
        List<List<Object>> rows = Duck.query("select config_id, accuracy, discretisation_error_estimate, "
                + "min_log10_transmission from read_parquet(" + summary + ") order by config_id");
        assertEquals(8, rows.size());
        for (List<Object> row : rows) {
            double accuracy = (Double) row.get(1);
            double estimate = (Double) row.get(2);
            double tolerance = toleranceLog10((Double) row.get(3), accuracy);
            assertTrue(estimate > 0 && estimate <= tolerance, row + ": estimate above " + tolerance);
        }
        // Layered profiles are exact staircases: the column is there and 0.
        Path layers = write("layers.yaml", "species: K+\nprofile: {type: layers, layers: [[[0.1, 0.2], 0.5]]}\n"
                + "energy: {min_eV: 0.01, max_eV: 0.2, points: 5}\n");
        Path out2 = tmp.resolve("out2");
        assertEquals(0, CliRunner.run("run", layers.toString(), "--out", out2.toString(), "--quiet").exitCode());
        assertEquals(0.0, (Double) Duck.scalar("select max(discretisation_error_estimate) from read_parquet("
                + Duck.glob(out2, "summary") + ")"));
    }

    @Test
    void aTableConfigNextToItsCsvRunsEndToEnd() throws Exception {
        // An Eckart barrier tabulated every 0.02 A in meV: the table path from CSV to dataset, checked
        // against the closed form within the interpolation error of the table (not the accuracy).
        double height = 0.1;
        double length = 0.5;
        StringBuilder csv = new StringBuilder("# Eckart barrier, 0.1 eV / cosh^2(x / 0.5 A)\nx_A,V_meV\n");
        for (int i = -300; i <= 300; i++) {
            double x = 0.02 * i;
            double c = Math.cosh(x / length);
            csv.append(String.format(Locale.ROOT, "%.2f,%.17g%n", x, 1e3 * height / (c * c)));
        }
        write("tables/eckart.csv", csv.toString());
        Path cfg = write("table.yaml", """
                species: K+
                bias_mV: [0, 50]
                profile: {type: table, file: tables/eckart.csv}
                energy: {min_eV: 0.01, max_eV: 0.2, points: 40}
                outputs: {spectra: true}
                """);
        Path out = tmp.resolve("out");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        List<List<Object>> rows = Duck.query("select config_id, bias_mV, table_points, lead_left_eV, "
                + "discretisation_error_estimate from read_parquet(" + Duck.glob(out, "summary") + ") order by config_id");
        assertEquals(2, rows.size());
        for (List<Object> row : rows) {
            assertEquals(601.0, (Double) row.get(2));
            double firstValueEv = height / Math.pow(Math.cosh(-6.0 / length), 2);
            assertEquals(firstValueEv, (Double) row.get(3), 1e-12 * firstValueEv, "left lead at the table's first value");
            double estimate = (Double) row.get(4);
            assertTrue(estimate > 0 && estimate <= ACCURACY, row.toString());
        }
        // Without bias the table is the Eckart barrier (cut at 12 lengths, where it is 1.5e-10 of its
        // height): PCHIP on 0.02 A steps is within 1e-4 of it in log10 T.
        List<List<Object>> spectrum = Duck.query("select energy_eV, log10_transmission from read_parquet("
                + Duck.glob(out, "spectra") + ") where config_id = 0 order by energy_eV");
        assertEquals(40, spectrum.size());
        for (List<Object> point : spectrum) {
            double e = (Double) point.get(0);
            double exact = eckartLnT(K_MASS_U, height, length, e) / LN10;
            assertEquals(exact, (Double) point.get(1), 1e-4 * Math.max(1, Math.abs(exact)), "E=" + e);
        }
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("file_sha256"), "the resolved config records the table's hash");
    }

    @Test
    void resumeRefusesATableThatChangedSinceTheRun() throws Exception {
        Path table = write("pmf.csv", "x_A,V_kJ/mol\n-1.0,0.0\n0.0,5.0\n1.0,0.0\n");
        Path cfg = write("pmf.yaml", "species: K+\nprofile: {type: table, file: pmf.csv}\n"
                + "energy: {min_eV: 0.01, max_eV: 0.2, points: 5}\n");
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet").exitCode());
        assertEquals(0, CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet", "--resume").exitCode(),
                "the same table resumes");
        Files.writeString(table, "x_A,V_kJ/mol\n-1.0,0.0\n0.0,6.0\n1.0,0.0\n");
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("different config"), r.err());
    }
}
