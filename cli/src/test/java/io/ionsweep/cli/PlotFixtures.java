package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Small datasets made by `run`, and what the plot tests read back from images. */
final class PlotFixtures {
    private PlotFixtures() {}

    /** Runs CONFIG (YAML text) into DIR with `ionsweep run`. */
    static Path dataset(Path dir, String name, String yaml) throws Exception {
        Path cfg = dir.resolve(name + ".yaml");
        Files.writeString(cfg, yaml);
        Path out = dir.resolve(name);
        CliRunner r = CliRunner.run("run", cfg.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    static BufferedImage png(Path file) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** Pixels of exactly this colour. */
    static long count(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xFFFFFF) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    static long nonWhite(BufferedImage img) {
        return (long) img.getWidth() * img.getHeight() - count(img, 0xFFFFFF);
    }

    static long differing(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < Math.min(a.getWidth(), b.getWidth()); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** Parses an SVG file as XML (fails on a malformed one) and returns the text of its text elements. */
    static List<String> svgTexts(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // JFreeSVG writes the SVG 1.1 DOCTYPE; its DTD is not fetched.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(texts.item(i).getTextContent());
        }
        return out;
    }
}
