package io.ionsweep.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link SparkSweep}: {@code CONFIG --out URI [--master M] [--kernel K]
 * [--partition-size N] [--force] [--quiet]}.
 *
 * @param failure test hook (no option): attempts of a slice that fail
 */
record SparkOptions(Path config, String out, String master, String kernel, Long partitionSize, boolean force,
                    boolean quiet, FailureHook failure) {

    static final String USAGE = "usage: SparkSweep CONFIG --out URI [--master local[N]|URL] [--kernel auto|scalar|vector]"
            + " [--partition-size N] [--force] [--quiet]";

    /** Thrown for a bad command line; the message is one line naming the option and what is allowed. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static SparkOptions parse(List<String> args) {
        Path config = null;
        String out = null;
        String master = null;
        String kernel = "auto";
        Long partitionSize = null;
        boolean force = false;
        boolean quiet = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--out" -> out = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--kernel" -> {
                    kernel = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    if (!List.of("auto", "scalar", "vector").contains(kernel)) {
                        throw new UsageException("--kernel: '" + kernel + "' is not allowed; allowed: auto, scalar, vector");
                    }
                }
                case "--partition-size" -> {
                    String v = value(args, ++i, a);
                    try {
                        partitionSize = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        partitionSize = 0L;
                    }
                    if (partitionSize < 1) {
                        throw new UsageException("--partition-size: " + v + " is not allowed; allowed: an integer >= 1");
                    }
                }
                case "--force" -> force = true;
                case "--quiet" -> quiet = true;
                default -> {
                    if (a.startsWith("-") || config != null) {
                        throw new UsageException("unknown argument '" + a + "'; " + USAGE);
                    }
                    config = Path.of(a);
                }
            }
        }
        if (config == null) {
            throw new UsageException("missing CONFIG; " + USAGE);
        }
        if (out == null || out.isBlank()) {
            throw new UsageException("missing --out URI; " + USAGE);
        }
        return new SparkOptions(config, out, master, kernel, partitionSize, force, quiet, FailureHook.NONE);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + ": missing value; " + USAGE);
        }
        return args.get(i);
    }

    SparkOptions withFailure(FailureHook hook) {
        return new SparkOptions(config, out, master, kernel, partitionSize, force, quiet, hook);
    }
}
