package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
