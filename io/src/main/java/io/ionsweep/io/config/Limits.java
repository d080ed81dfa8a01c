package io.ionsweep.io.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code limits:} block.
 *
 * @param maxOutputBytes a run whose estimated output exceeds this is refused without --force; default 10 GiB
 */
public record Limits(long maxOutputBytes) {
    public static final long DEFAULT_MAX_OUTPUT_BYTES = 10L << 30;
    static final String ALLOWED = "a number of bytes > 0, or a size such as 500MB, 2GiB, 1TB";
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*([KMGT]?i?B)\\s*", Pattern.CASE_INSENSITIVE);

    public Limits {
        if (maxOutputBytes < 1) {
            throw new IllegalArgumentException("max_output_bytes must be > 0, got " + maxOutputBytes);
        }
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_OUTPUT_BYTES);
    }

    /** Bytes from an integer or a size text (KB = 1000 bytes, KiB = 1024 bytes), or -1 if not one. */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        String unit = m.group(2).toUpperCase(Locale.ROOT);
        double base = unit.contains("I") ? 1024 : 1000;
        int power = switch (unit.charAt(0)) {
            case 'K' -> 1;
            case 'M' -> 2;
            case 'G' -> 3;
            case 'T' -> 4;
            default -> 0;
        };
        double bytes = Double.parseDouble(m.group(1)) * Math.pow(base, power);
        return bytes >= 1 && bytes < Long.MAX_VALUE ? (long) bytes : -1;
    }
}
