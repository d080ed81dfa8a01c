package io.ionsweep.io.config;

/**
 * An invalid config, reported before any work starts. The message is one line:
 * {@code <file>: <key.path[2]>: <problem>; allowed: <what is allowed>}, e.g.
 * {@code configs/x.yaml: profile.layers[1][1]: -0.3 is not allowed; allowed: a number > 0 (width in Angstrom)}.
 * The key path is empty for problems of the document as a whole (YAML syntax, size), which then
 * name a line and column instead.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String keyPath;
    private final String problem;
    private final String allowed;

    public ConfigException(String source, String keyPath, String problem, String allowed) {
        super(format(source, keyPath, problem, allowed));
        this.source = source;
        this.keyPath = keyPath == null ? "" : keyPath;
        this.problem = problem;
        this.allowed = allowed;
    }

    private static String format(String source, String keyPath, String problem, String allowed) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ");
        if (keyPath != null && !keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        sb.append(oneLine(problem));
        if (allowed != null && !allowed.isEmpty()) {
            sb.append("; allowed: ").append(oneLine(allowed));
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The config file (or source name) the problem is in. */
    public String source() {
        return source;
    }

    /** Dotted key path with list indexes, e.g. {@code profile.layers[1][1]}; empty for whole-document problems. */
    public String keyPath() {
        return keyPath;
    }

    /** What is wrong, without the file and key path. */
    public String problem() {
        return problem;
    }

    /** What would be accepted instead. */
    public String allowed() {
        return allowed;
    }
}
