package org.apache.parquet;

import java.util.Map;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;

/**
 * Read options without Hadoop. {@code ParquetReadOptions.Builder} always builds parquet's Hadoop
 * {@code CodecFactory} first (even when another factory is set afterwards), which fails without Hadoop on
 * the class path; the options' own constructor is package-private, hence this class in parquet's package.
 * If parquet changes that constructor, this stops compiling rather than failing at run time.
 */
public final class HadoopFreeReadOptions {
    /** Parquet's default largest single allocation while reading (8 MiB). */
    private static final int MAX_ALLOCATION_BYTES = 8 << 20;

    private HadoopFreeReadOptions() {}

    /** Plain whole-file reading: no filters, page checksums verified, the given decompressors. */
    public static ParquetReadOptions of(CompressionCodecFactory codecs) {
        return new ParquetReadOptions(false, false, false, false, false, true, false, false, false,
                FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, codecs, new HeapByteBufferAllocator(),
                MAX_ALLOCATION_BYTES, Map.of(), null, null, new PlainParquetConfiguration());
    }
}
