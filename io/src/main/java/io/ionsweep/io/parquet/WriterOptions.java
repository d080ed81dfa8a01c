package io.ionsweep.io.parquet;

/**
 * Tuning of a {@link ParquetPartWriter}. The defaults suit result tables (many DOUBLE columns of measured or
 * computed values next to a few low-cardinality parameter columns); tests shrink the sizes to get several
 * row groups per file.
 *
 * @param rowGroupBytes          target buffered size of a row group before it is written out, in bytes; each
 *                               open writer holds up to about this much in memory
 * @param pageBytes              target size of a data page, in bytes
 * @param dictionaryPageBytes    largest dictionary per column chunk, in bytes: a column with more distinct values
 *                               falls back to plain (or byte-stream-split) encoding. Small, so that
 *                               high-cardinality doubles give up the dictionary (and its hashing cost) early,
 *                               while sweep parameters on a grid keep it
 * @param zstdLevel              zstd compression level (1..19; ignored by the other codecs)
 * @param dictionary             whether to try dictionary encoding at all
 * @param byteStreamSplitDoubles whether DOUBLE columns outside the dictionary are stored BYTE_STREAM_SPLIT (bytes
 *                               of equal significance together) instead of PLAIN, which compresses floating-point
 *                               results markedly better at some CPU cost; DuckDB, Spark (parquet-mr 1.12+) and
 *                               pyarrow read it
 */
public record WriterOptions(long rowGroupBytes, int pageBytes, int dictionaryPageBytes, int zstdLevel,
        boolean dictionary, boolean byteStreamSplitDoubles) {

    public static final long DEFAULT_ROW_GROUP_BYTES = 64L << 20;
    public static final int DEFAULT_PAGE_BYTES = 1 << 20;
    /** 8192 distinct doubles. */
    public static final int DEFAULT_DICTIONARY_PAGE_BYTES = 64 << 10;
    /** Level 1: on floating-point results it compresses within a few percent of level 3 at about twice the speed. */
    public static final int DEFAULT_ZSTD_LEVEL = 1;
    /** Smallest sensible page: below this, page headers dominate. */
    public static final int MIN_PAGE_BYTES = 1 << 10;
    public static final int MAX_ZSTD_LEVEL = 19;

    public WriterOptions {
        if (pageBytes < MIN_PAGE_BYTES) {
            throw new IllegalArgumentException("pageBytes = " + pageBytes + ": allowed >= " + MIN_PAGE_BYTES);
        }
        if (dictionaryPageBytes < MIN_PAGE_BYTES) {
            throw new IllegalArgumentException("dictionaryPageBytes = " + dictionaryPageBytes + ": allowed >= "
                    + MIN_PAGE_BYTES);
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
        return new WriterOptions(DEFAULT_ROW_GROUP_BYTES, DEFAULT_PAGE_BYTES, DEFAULT_DICTIONARY_PAGE_BYTES,
                DEFAULT_ZSTD_LEVEL, true, false);
    }

    public WriterOptions withRowGroupBytes(long bytes) {
        return new WriterOptions(bytes, pageBytes, dictionaryPageBytes, zstdLevel, dictionary, byteStreamSplitDoubles);
    }

    public WriterOptions withPageBytes(int bytes) {
        return new WriterOptions(rowGroupBytes, bytes, dictionaryPageBytes, zstdLevel, dictionary,
                byteStreamSplitDoubles);
    }

    public WriterOptions withDictionaryPageBytes(int bytes) {
        return new WriterOptions(rowGroupBytes, pageBytes, bytes, zstdLevel, dictionary, byteStreamSplitDoubles);
    }

    public WriterOptions withZstdLevel(int level) {
        return new WriterOptions(rowGroupBytes, pageBytes, dictionaryPageBytes, level, dictionary,
                byteStreamSplitDoubles);
    }

    public WriterOptions withDictionary(boolean enabled) {
        return new WriterOptions(rowGroupBytes, pageBytes, dictionaryPageBytes, zstdLevel, enabled,
                byteStreamSplitDoubles);
    }

    public WriterOptions withByteStreamSplitDoubles(boolean enabled) {
        return new WriterOptions(rowGroupBytes, pageBytes, dictionaryPageBytes, zstdLevel, dictionary, enabled);
    }
}
