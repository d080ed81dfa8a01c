package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.kernel.KernelProvider;
import io.ionsweep.engine.kernel.TransmissionKernel;
import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.io.config.ConfigLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotSpectrumCommandTest {
    @TempDir
    Path tmp;

    private static final String ONE = """
            species: K+
            profile:
              type: multisite
              sites: 2
              barrier_height_eV: HEIGHT
              barrier_width_A: [0.3, 0.5]
              well_depth_eV: 0.04
              well_width_A: 2.5
              slices_per_layer: 4
            energy: {min_eV: 0.002, max_eV: 0.25, points: 201}
            """;

    private Path plot(String name, String height, String... extra) throws Exception {
        Path cfg = tmp.resolve(name + ".yaml");
        Files.writeString(cfg, ONE.replace("HEIGHT", height));
        Path png = tmp.resolve(name + ".png");
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("plot", "spectrum", cfg.toString(),
                "-o", png.toString()), java.util.stream.Stream.of(extra)).toArray(String[]::new);
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.exitCode(), r.err());
        return png;
    }

    @Test
    void writesANonBlankPngOfTheAskedSize() throws Exception {
        BufferedImage img = ImageIO.read(plot("a", "0.1", "--width", "640", "--height", "720").toFile());
        assertEquals(640, img.getWidth());
        assertEquals(720, img.getHeight());
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(nonWhite > 0.01 * img.getWidth() * img.getHeight(), "drawn pixels: " + nonWhite);
        assertTrue(colours.contains(0x1f77b4) && colours.contains(0xd62728), "both curves' colours are drawn");
    }

    @Test
    void differentConfigsGiveDifferentImages() throws Exception {
        BufferedImage a = ImageIO.read(plot("low", "0.08").toFile());
        BufferedImage b = ImageIO.read(plot("high", "0.16").toFile());
        assertEquals(a.getWidth(), b.getWidth());
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differing += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 100, "pixels differing: " + differing);
    }

    /**
     * A mirror-symmetric barrier-well-barrier transmits fully at each isolated resonance (resonant
     * tunnelling): T(E_r) = 1 up to (Gamma / spacing)^2, checked with the kernel on the real axis.
     */
    @Test
    void markedResonancesAreWhereASymmetricDoubleBarrierTransmitsFully() throws Exception {
        Path cfg = tmp.resolve("sym.yaml");
        Files.writeString(cfg, """
                species: Li+
                profile:
                  type: multisite
                  sites: 1
                  barrier_height_eV: 0.12
                  barrier_width_A: 0.4
                  well_depth_eV: 0.0
                  well_width_A: 3.0
                  slices_per_layer: 1
                energy: {min_eV: 0.002, max_eV: 0.2, points: 101}
                """);
        Configuration c = ConfigLoader.load(cfg).plan().configuration(0);
        double eMin = 0.002;
        double eMax = 0.2;
        List<Resonance> marked = PlotSpectrumCommand.markedResonances(c.staircase(), c.massU(), eMin, eMax);
        assertTrue(marked.size() >= 5 && marked.size() <= PlotSpectrumCommand.MAX_MARKED_RESONANCES, marked.toString());
        TransmissionKernel kernel = KernelProvider.get();
        double previous = Double.NEGATIVE_INFINITY;
        for (Resonance r : marked) {
            assertTrue(r.resolved());
            assertTrue(r.energyEv() >= eMin && r.energyEv() < c.staircase().maxPotentialEv(), r.toString());
            assertTrue(r.energyEv() - previous >= PlotSpectrumCommand.MIN_LABEL_SPACING_SHARE * (eMax - eMin) * (1 - 1e-12),
                    "labels are spaced: " + r);
            previous = r.energyEv();
            double[] log10T = new double[1];
            kernel.log10Transmission(c.staircase(), c.massU(), new double[] {r.energyEv()}, log10T, 1);
            assertEquals(1.0, Math.pow(10, log10T[0]), 1e-6, "T at E_r = " + r.energyEv() + " eV");
        }
        // A grid that starts above the barrier top has nothing to mark.
        assertEquals(List.of(), PlotSpectrumCommand.markedResonances(c.staircase(), c.massU(), 0.13, 0.2));
    }

    @Test
    void svgIsWellFormedXmlWithTheAxisLabels() throws Exception {
        Path cfg = tmp.resolve("s.yaml");
        Files.writeString(cfg, ONE.replace("HEIGHT", "0.1"));
        Path svg = tmp.resolve("s.svg");
        CliRunner r = CliRunner.run("plot", "spectrum", cfg.toString(), "-o", svg.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> texts = PlotFixtures.svgTexts(svg);
        for (String label : List.of("energy (meV)", "log10 T", "x (A)", "V (meV)", "Transmission", "Potential profile")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("top 100.0 meV")), "barrier top marked: " + texts);
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws Exception {
        Path cfg = tmp.resolve("many.yaml");
        Files.writeString(cfg, ONE.replace("HEIGHT", "{from: 0.05, to: 0.2, steps: 10}"));
        Path png = tmp.resolve("many.png");
        CliRunner r = CliRunner.run("plot", "spectrum", cfg.toString(), "-o", png.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("at most " + PlotSpectrumCommand.MAX_CURVES), r.err());
        assertFalse(Files.exists(png));
        Path existing = plot("a", "0.1");
        CliRunner again = CliRunner.run("plot", "spectrum", tmp.resolve("a.yaml").toString(), "-o", existing.toString());
        assertEquals(2, again.exitCode(), again.err());
        assertEquals(1, again.err().lines().count(), again.err());
    }
}
