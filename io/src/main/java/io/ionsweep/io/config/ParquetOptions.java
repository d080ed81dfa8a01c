package io.ionsweep.io.config;

import io.ionsweep.io.parquet.Codec;

/**
 * The {@code parquet:} block.
 *
 * @param codec      page compression; default zstd
 * @param rowGroupMb target row-group size in MiB, 1..1024; default 64
 */
public record ParquetOptions(Codec codec, int rowGroupMb) {
    public static final int DEFAULT_ROW_GROUP_MB = 64;
    public static final int MAX_ROW_GROUP_MB = 1024;

    public ParquetOptions {
        if (codec == null) {
            throw new IllegalArgumentException("codec is required");
        }
        if (rowGroupMb < 1 || rowGroupMb > MAX_ROW_GROUP_MB) {
            throw new IllegalArgumentException("row_group_mb must be 1.." + MAX_ROW_GROUP_MB + ", got " + rowGroupMb);
        }
    }

    public static ParquetOptions defaults() {
        return new ParquetOptions(Codec.DEFAULT, DEFAULT_ROW_GROUP_MB);
    }

    public long rowGroupBytes() {
        return (long) rowGroupMb << 20;
    }
}
