package io.ionsweep.cli;

import io.ionsweep.engine.run.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr: a redrawn bar on a terminal, a status line every few seconds otherwise,
 * nothing when quiet.
 */
final class Progress implements ProgressListener {
    private static final long TERMINAL_REDRAW_NANOS = 200_000_000L;
    private static final long LOG_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.quiet = quiet;
        this.terminal = System.console() != null && System.console().isTerminal();
    }

    @Override
    public void progress(long done, long total) {
        if (quiet) {
            return;
        }
        long now = System.nanoTime();
        boolean last = done >= total;
        if (!last && now - lastDraw < (terminal ? TERMINAL_REDRAW_NANOS : LOG_INTERVAL_NANOS)) {
            return;
        }
        if (!terminal && done == 0) {
            return;
        }
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && !last ? formatSeconds((total - done) / rate) : "-";
        double fraction = total > 0 ? (double) done / total : 1;
        if (terminal) {
            int filled = (int) Math.round(fraction * BAR_WIDTH);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d configs %5.1f%%  %.0f/s  ETA %s   ", "#".repeat(filled),
                    " ".repeat(BAR_WIDTH - filled), done, total, 100 * fraction, rate, eta);
            if (last) {
                err.println();
            }
        } else {
            err.printf(Locale.ROOT, "progress: %d/%d configurations (%.1f%%), %.0f/s, ETA %s%n",
                    done, total, 100 * fraction, rate, eta);
        }
        err.flush();
    }

    static String formatSeconds(double s) {
        if (s < 60) {
            return String.format(Locale.ROOT, "%.0fs", s);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", (long) s / 60, (long) s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", (long) s / 3600, ((long) s % 3600) / 60);
    }
}
