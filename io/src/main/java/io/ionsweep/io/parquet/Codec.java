package io.ionsweep.io.parquet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Page compression of a Parquet part. ZSTD is the default: best ratio on result tables at low cost. */
public enum Codec {
    ZSTD("zstd", CompressionCodecName.ZSTD),
    SNAPPY("snappy", CompressionCodecName.SNAPPY),
    UNCOMPRESSED("none", CompressionCodecName.UNCOMPRESSED);

    public static final Codec DEFAULT = ZSTD;

    private final String configName;
    private final CompressionCodecName parquetName;

    Codec(String configName, CompressionCodecName parquetName) {
        this.configName = configName;
        this.parquetName = parquetName;
    }

    /** The spelling used in configs: "zstd", "snappy" or "none". */
    public String configName() {
        return configName;
    }

    CompressionCodecName parquetName() {
        return parquetName;
    }

    /**
     * Parses a config value ("zstd", "snappy" or "none", any case).
     *
     * @param keyPath the config key the value came from, named in the error
     */
    public static Codec parse(String keyPath, String value) {
        Objects.requireNonNull(value, () -> keyPath + " is missing: allowed " + allowed());
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Codec codec : values()) {
            if (codec.configName.equals(wanted)) {
                return codec;
            }
        }
        throw new IllegalArgumentException(keyPath + " = '" + value + "' is not a codec: allowed " + allowed());
    }

    public static Codec parse(String value) {
        return parse("codec", value);
    }

    private static String allowed() {
        return Arrays.stream(values()).map(Codec::configName).collect(Collectors.joining("|"));
    }
}
