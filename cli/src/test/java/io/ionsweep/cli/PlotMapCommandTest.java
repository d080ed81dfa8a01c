package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `plot map` on a small dataset made by `run`: 2 species x 3 heights x 3 widths of one rectangular barrier. */
class PlotMapCommandTest {
    @TempDir
    static Path shared;
    static Path data;

    @TempDir
    Path tmp;

    static final String SWEEP = """
            species: [K+, Na+]
            temperature_K: 300
            profile:
              type: layers
              layers: [[[0.06, 0.1, 0.14], [0.1, 0.3, 0.5]]]
            energy: {min_eV: 0.002, max_eV: 0.2, points: 21}
            outputs: {conductance: true}
            """;

    @BeforeAll
    static void makeDataset() throws Exception {
        data = PlotFixtures.dataset(shared, "map", SWEEP);
    }

    private CliRunner plot(String out, String... args) {
        List<String> all = new ArrayList<>(List.of("plot", "map", data.toString()));
        all.addAll(Arrays.asList(args));
        all.addAll(List.of("-o", tmp.resolve(out).toString()));
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static final String[] K_MAP = {"--x", "layer0_width_A", "--y", "layer0_potential_eV",
        "--z", "log10_mean_transmission", "--where", "species = 'K+'"};

    @Test
    void heatMapPngOfTheAskedSizeThatDependsOnTheData() throws Exception {
        CliRunner r = plot("k.png", concat(K_MAP, "--width", "700", "--height", "500"));
        assertEquals(0, r.exitCode(), r.err());
        BufferedImage k = PlotFixtures.png(tmp.resolve("k.png"));
        assertEquals(700, k.getWidth());
        assertEquals(500, k.getHeight());
        assertTrue(PlotFixtures.nonWhite(k) > 0.3 * 700 * 500, "the cells fill the plot");
        // The lowest and highest z are drawn in viridis' end colours.
        assertTrue(PlotFixtures.count(k, 0x440154) > 100, "darkest cell");
        assertTrue(PlotFixtures.count(k, 0xfde725) > 100, "brightest cell");

        CliRunner na = plot("na.png", "--x", "layer0_width_A", "--y", "layer0_potential_eV", "--z", "log10_mean_transmission",
                "--where", "species = 'Na+'", "--width", "700", "--height", "500");
        assertEquals(0, na.exitCode(), na.err());
        assertTrue(PlotFixtures.differing(k, PlotFixtures.png(tmp.resolve("na.png"))) > 500, "another species, another map");
    }

    @Test
    void contourIsDrawnWhenAskedAndOnlyThen() throws Exception {
        assertEquals(0, plot("plain.png", K_MAP).exitCode());
        // K+ conductance over this grid spans several decades; 1e6 pS lies inside (checked below by the note's absence).
        CliRunner r = plot("contour.png", concat(K_MAP, "--z", "conductance_quantum_pS", "--log-z", "--contour", "1e6"));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err(), "the contour is reached");
        int red = MapFigure.CONTOUR_COLOUR.getRGB() & 0xFFFFFF;
        assertEquals(0, PlotFixtures.count(PlotFixtures.png(tmp.resolve("plain.png")), red));
        assertTrue(PlotFixtures.count(PlotFixtures.png(tmp.resolve("contour.png")), red) > 100, "contour pixels");

        CliRunner far = plot("far.png", concat(K_MAP, "--z", "conductance_quantum_pS", "--log-z", "--contour", "1e-30"));
        assertEquals(0, far.exitCode(), far.err());
        assertTrue(far.err().contains("does not reach"), far.err());
    }

    @Test
    void svgIsWellFormedXmlWithAxisLabelsAndColourBar() throws Exception {
        CliRunner r = plot("k.svg", concat(K_MAP, "--contour", "-3"));
        assertEquals(0, r.exitCode(), r.err());
        List<String> texts = PlotFixtures.svgTexts(tmp.resolve("k.svg"));
        assertTrue(texts.contains("layer0_width_A (A)"), texts.toString());
        assertTrue(texts.contains("layer0_potential_eV (eV)"), texts.toString());
        assertTrue(texts.contains("log10_mean_transmission"), "colour bar label: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("species = 'K+'")), "the filter is shown: " + texts);
        assertTrue(texts.contains("contour: log10_mean_transmission = -3"), texts.toString());
        assertTrue(Files.readString(tmp.resolve("k.svg")).contains("rgb(230,25,75)"), "contour stroke");
    }

    @Test
    void rowsSharingACellAreRefusedNamingWhatVaries() {
        CliRunner r = plot("dup.png", "--x", "layer0_width_A", "--y", "layer0_potential_eV", "--z", "mean_transmission");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("species (2 values)"), r.err());
        assertFalse(r.err().contains("mass_u"), "mass_u follows species: " + r.err());
        assertTrue(r.err().contains("--where \"species = 'K+'\""), r.err());
        assertFalse(Files.exists(tmp.resolve("dup.png")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--z nope                                        | no column 'nope'",
        "--z species                                     | holds text",
        "--x species                                     | holds text",
        "--where species=K+                              | --where",
        "--where bias_mV=7                               | no row",
        "--where nope=1                                  | no column 'nope'",
        "--contour 0 --log-z                             | --contour",
        "--y layer0_width_A                              | two different columns",
    })
    void badInputIsOneLineExitTwoAndNothingWritten(String change, String problem) {
        List<String> args = new ArrayList<>(List.of("--x", "layer0_width_A", "--y", "layer0_potential_eV", "--z",
                "log10_mean_transmission", "--where", "species = 'K+'"));
        String[] parts = change.split(" ", 2);
        int at = args.indexOf(parts[0]);
        String[] rest = parts[1].split(" ");
        if (at >= 0) {
            args.set(at + 1, rest[0]);
        } else {
            args.add(parts[0]);
            args.add(rest[0]);
        }
        args.addAll(Arrays.asList(rest).subList(1, rest.length));
        CliRunner r = plot("bad.png", args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(problem), r.err());
        assertFalse(Files.exists(tmp.resolve("bad.png")));
    }

    @Test
    void notADatasetAndUnknownFormatsAreRefused() throws Exception {
        CliRunner missing = CliRunner.run("plot", "map", tmp.resolve("nothing").toString(), "--x", "a", "--y", "b",
                "--z", "c", "-o", tmp.resolve("m.png").toString());
        assertEquals(2, missing.exitCode(), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("not a directory"), missing.err());
        Files.createDirectories(tmp.resolve("empty"));
        CliRunner empty = CliRunner.run("plot", "map", tmp.resolve("empty").toString(), "--x", "a", "--y", "b",
                "--z", "c", "-o", tmp.resolve("m.png").toString());
        assertEquals(2, empty.exitCode(), empty.err());
        assertTrue(empty.err().contains("not an ionsweep dataset"), empty.err());
        CliRunner jpg = plot("m.jpg", K_MAP);
        assertEquals(2, jpg.exitCode(), jpg.err());
        assertTrue(jpg.err().contains(".png or .svg"), jpg.err());
        assertFalse(Files.exists(tmp.resolve("m.jpg")));
        Files.writeString(tmp.resolve("there.png"), "x");
        CliRunner exists = plot("there.png", K_MAP);
        assertEquals(2, exists.exitCode(), exists.err());
        assertEquals("x", Files.readString(tmp.resolve("there.png")));
    }

    /** A dataset without the conductance columns has the column missing: a clear message, not an empty map. */
    @Test
    void aColumnWithNoValueIsRefused() throws Exception {
        Path smooth = PlotFixtures.dataset(tmp, "smooth", """
                species: K+
                profile: {type: eckart, height_eV: [0.05, 0.1], length_A: [0.3, 0.5]}
                energy: {min_eV: 0.002, max_eV: 0.2, points: 11}
                outputs: {conductance: true}
                """);
        CliRunner r = CliRunner.run("plot", "map", smooth.toString(), "--x", "length_A", "--y", "height_eV", "--z",
                "mean_transmission", "-o", tmp.resolve("s.png").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("no finite value"), r.err());
        CliRunner ok = CliRunner.run("plot", "map", smooth.toString(), "--x", "length_A", "--y", "height_eV", "--z",
                "min_log10_transmission", "-o", tmp.resolve("s.png").toString());
        assertEquals(0, ok.exitCode(), ok.err());
    }

    private static String[] concat(String[] a, String... b) {
        // A later option of the same name replaces the earlier one's value.
        List<String> out = new ArrayList<>(Arrays.asList(a));
        for (int i = 0; i < b.length; i++) {
            int at = b[i].startsWith("--") ? out.indexOf(b[i]) : -1;
            boolean flag = b[i].equals("--log-z");
            if (at >= 0 && !flag) {
                out.set(at + 1, b[++i]);
            } else {
                out.add(b[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * Cells whose colour the undetermined part of <T> could move by more than 1 % of the bar are crossed, and a
     * note says how many: fuzz-multisite configuration 64's filter at 12 K (its <T> not even determined in
     * order of magnitude, README) and at 600 K, for two masses.
     */
    @Test
    void cellsTheUndeterminedPartCouldRecolourAreCrossedAndCounted() throws Exception {
        Path cold = PlotFixtures.dataset(tmp, "cold", UndeterminedWarningTest.SWEEP.replace(
                "mass_factor: 0.24921909553362098", "mass_factor: [0.24921909553362098, 0.3]"));
        Path png = tmp.resolve("cold.png");
        CliRunner r = CliRunner.run("plot", "map", cold.toString(), "--x", "temperature_K", "--y", "mass_factor",
                "--z", "conductance_quantum_pS", "--log-z", "-o", png.toString());
        assertEquals(0, r.exitCode(), r.err());
        // the rule from the bound's definition: log10 G would move by log10(1 + bound)
        List<List<Object>> rows = Duck.query("SELECT log10(conductance_quantum_pS), mean_transmission_undetermined FROM "
                + Duck.glob(cold, "summary"));
        double lo = rows.stream().mapToDouble(v -> ((Number) v.get(0)).doubleValue()).min().orElseThrow();
        double hi = rows.stream().mapToDouble(v -> ((Number) v.get(0)).doubleValue()).max().orElseThrow();
        long expected = rows.stream().filter(v -> Math.log10(1 + ((Number) v.get(1)).doubleValue()) > 0.01 * (hi - lo))
                .count();
        assertTrue(expected >= 1, "the cold filter's <T> is undetermined: " + rows);
        assertTrue(r.err().contains("note: " + expected + " cell(s) crossed"), r.err());

        // a column that does not depend on <T> is never crossed
        CliRunner classical = CliRunner.run("plot", "map", cold.toString(), "--x", "temperature_K", "--y", "mass_factor",
                "--z", "conductance_classical_pS", "--log-z", "-o", tmp.resolve("classical.png").toString());
        assertEquals(0, classical.exitCode(), classical.err());
        assertFalse(classical.err().contains("crossed"), classical.err());
    }
}
