package io.ionsweep.io.parquet;

/**
 * Tuning of a {@link ParquetPartWriter}. The defaults suit result tables; tests shrink the row group to get
 * several per file.
 *
 * @param rowGroupBytes target in-memory size of a row group before it is flushed, in bytes; each open writer
 *                      buffers up to about this much
 * @param pageBytes     target size of a data page, in bytes
 * @param zstdLevel     zstd compression level (1..19; ignored by the other codecs)
 * @param dictionary    whether to try dictionary encoding (parquet falls back to plain per column chunk when a
 *                      dictionary grows too large, so high-cardinality doubles cost little)
 */
public record WriterOptions(long rowGroupBytes, int pageBytes, int zstdLevel, boolean dictionary) {

    public static final long DEFAULT_ROW_GROUP_BYTES = 64L << 20;
    public static final int DEFAULT_PAGE_BYTES = 1 << 20;
    public static final int DEFAULT_ZSTD_LEVEL = 3;
    /** Smallest sensible page: below this, page headers dominate. */
    public static final int MIN_PAGE_BYTES = 1 << 10;
    public static final int MAX_ZSTD_LEVEL = 19;

    public WriterOptions {
        if (pageBytes < MIN_PAGE_BYTES) {
            throw new IllegalArgumentException("pageBytes = " + pageBytes + ": allowed >= " + MIN_PAGE_BYTES);
        }
        if (rowGroupBytes < pageBytes) {
            throw new IllegalArgumentException("rowGroupBytes = " + rowGroupBytes
                    + ": allowed >= pageBytes (" + pageBytes + ")");
        }
        if (zstdLevel < 1 || zstdLevel > MAX_ZSTD_LEVEL) {
            throw new IllegalArgumentException("zstdLevel = " + zstdLevel + ": allowed 1.." + MAX_ZSTD_LEVEL);
        }
    }

    public static WriterOptions defaults() {
        return new WriterOptions(DEFAULT_ROW_GROUP_BYTES, DEFAULT_PAGE_BYTES, DEFAULT_ZSTD_LEVEL, true);
    }

    public WriterOptions withRowGroupBytes(long bytes) {
        return new WriterOptions(bytes, pageBytes, zstdLevel, dictionary);
    }

    public WriterOptions withPageBytes(int bytes) {
        return new WriterOptions(rowGroupBytes, bytes, zstdLevel, dictionary);
    }

    public WriterOptions withZstdLevel(int level) {
        return new WriterOptions(rowGroupBytes, pageBytes, level, dictionary);
    }

    public WriterOptions withDictionary(boolean enabled) {
        return new WriterOptions(rowGroupBytes, pageBytes, zstdLevel, enabled);
    }
}
