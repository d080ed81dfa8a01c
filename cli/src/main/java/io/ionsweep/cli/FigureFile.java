package io.ionsweep.cli;

import io.ionsweep.io.parquet.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes a figure to PNG or SVG, chosen by the name of the output file, atomically (a figure is either
 * complete or absent). The drawing is the same Java2D code for both: JFreeSVG records it as SVG elements.
 */
final class FigureFile {
    static final int MIN_SIZE_PX = 200;
    static final int MAX_SIZE_PX = 8000;

    static {
        // No display is needed (or wanted) to draw into an image.
        System.setProperty("java.awt.headless", "true");
        // Rotated labels (the vertical axes) as drawString, not glyph outlines: text in SVG, searchable and
        // scalable. The workaround is for Java 1.4-era bugs.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    enum Format { PNG, SVG }

    private FigureFile() {}

    /**
     * Checks the output before any work: the format from the extension (.png or .svg), a file that does not
     * exist yet, and a size within bounds; otherwise a one-line {@link BadInputException}.
     */
    static Format check(Path out, int widthPx, int heightPx) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        Format format;
        if (name.endsWith(".png")) {
            format = Format.PNG;
        } else if (name.endsWith(".svg")) {
            format = Format.SVG;
        } else {
            throw new BadInputException("--out " + out + ": unknown image format; allowed: a file name ending in .png or .svg");
        }
        if (Files.exists(out)) {
            throw new BadInputException("--out " + out + ": file exists; remove it or choose another name");
        }
        if (widthPx < MIN_SIZE_PX || heightPx < MIN_SIZE_PX || widthPx > MAX_SIZE_PX || heightPx > MAX_SIZE_PX) {
            throw new BadInputException("--width/--height: " + widthPx + "x" + heightPx + " is not allowed; allowed: "
                    + MIN_SIZE_PX + " to " + MAX_SIZE_PX + " pixels");
        }
        return format;
    }

    /** Draws the figure on a white widthPx x heightPx canvas and writes it in the format of {@code out}. */
    static void write(Path out, int widthPx, int heightPx, Consumer<Graphics2D> draw) throws IOException {
        byte[] bytes = switch (check(out, widthPx, heightPx)) {
            case PNG -> png(widthPx, heightPx, draw);
            case SVG -> svg(widthPx, heightPx, draw);
        };
        AtomicFiles.writeAtomically(out, bytes);
    }

    static byte[] png(int widthPx, int heightPx, Consumer<Graphics2D> draw) throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthPx, heightPx);
            draw.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    static byte[] svg(int widthPx, int heightPx, Consumer<Graphics2D> draw) {
        SVGGraphics2D g = new SVGGraphics2D(widthPx, heightPx);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        draw.accept(g);
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }
}
