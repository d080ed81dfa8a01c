package io.ionsweep.io.config;

/** Parquet page compression. */
public enum ParquetCodec {
    ZSTD, SNAPPY, NONE;

    /** The config spelling: zstd, snappy, none. */
    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
