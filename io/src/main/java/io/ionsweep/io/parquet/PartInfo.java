package io.ionsweep.io.parquet;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A committed Parquet part, for the dataset manifest.
 *
 * @param path      the final (visible) path of the part
 * @param rows      the number of rows written
 * @param bytes     the file size in bytes
 * @param sha256Hex SHA-256 of the file's bytes, 64 lower-case hex digits
 */
public record PartInfo(Path path, long rows, long bytes, String sha256Hex) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public PartInfo {
        Objects.requireNonNull(path, "path");
        if (rows < 0 || bytes < 0) {
            throw new IllegalArgumentException("rows and bytes must be >= 0, got rows=" + rows + " bytes=" + bytes);
        }
        if (sha256Hex == null || !SHA256_HEX.matcher(sha256Hex).matches()) {
            throw new IllegalArgumentException("sha256Hex must be 64 lower-case hex digits, got " + sha256Hex);
        }
    }
}
