package io.ionsweep.io.parquet;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.hadoop.ColumnChunkPageWriteStore;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Moves {@link RowBuffer} rows straight into parquet's column writers and cuts the file into row groups.
 *
 * <p>This is what parquet's {@code ParquetWriter} + {@code WriteSupport} do internally, minus the generic
 * record-assembly layer ({@code MessageColumnIO}: per-field start/end calls and bookkeeping bit sets), which
 * for a flat table of required columns only costs time (about a third of the CPU per row, measured). Encoding,
 * statistics, column/offset indexes, pages, compression and the footer are parquet's own code, so the files
 * are the same. No Hadoop class is involved.
 */
final class RowGroupWriter {

    /** Parquet's "writer.model.name": which object model wrote the file. */
    static final String MODEL_KEY = "writer.model.name";
    static final String MODEL_NAME = "ionsweep";
    private static final String MESSAGE_NAME = "ionsweep_row";
    /** No row-group padding: padding aligns row groups to HDFS blocks, which a local file does not have. */
    private static final int MAX_PADDING_BYTES = 0;
    /** Re-check the buffered size when it could have crossed the limit within this safety margin of rows. */
    private static final int SIZE_CHECK_MARGIN_ROWS = 2;

    private enum Kind { DOUBLE, OPTIONAL_DOUBLE, INT64, OPTIONAL_INT64, INT32, BOOLEAN, STRING }

    private final MessageType messageType;
    private final List<ColumnDescriptor> descriptors;
    private final Kind[] kinds;
    private final ParquetProperties properties;
    private final JniCompressionCodecFactory codecs;
    private final Codec codec;
    private final long rowGroupBytes;
    private final ParquetFileWriter fileWriter;
    private final Map<String, String> keyValueMetadata;

    private ColumnChunkPageWriteStore pageStore;
    private ColumnWriteStore columnStore;
    private final ColumnWriter[] writers;
    private long rowsInGroup;
    private long nextSizeCheck;

    RowGroupWriter(OutputFile output, TableSchema schema, Codec codec, WriterOptions options,
            Map<String, String> keyValueMetadata, JniCompressionCodecFactory codecs) throws IOException {
        this.messageType = messageType(schema);
        this.descriptors = messageType.getColumns();
        this.kinds = new Kind[schema.size()];
        for (int i = 0; i < kinds.length; i++) {
            Column column = schema.column(i);
            kinds[i] = switch (column.type()) {
                case DOUBLE -> column.optional() ? Kind.OPTIONAL_DOUBLE : Kind.DOUBLE;
                case INT64 -> column.optional() ? Kind.OPTIONAL_INT64 : Kind.INT64;
                case INT32 -> Kind.INT32;
                case BOOLEAN -> Kind.BOOLEAN;
                case STRING -> Kind.STRING;
            };
        }
        ParquetProperties.Builder props = ParquetProperties.builder()
                .withPageSize(options.pageBytes())
                .withDictionaryPageSize(options.dictionaryPageBytes())
                .withDictionaryEncoding(options.dictionary())
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_1_0);
        if (options.byteStreamSplitDoubles()) {
            for (Column column : schema.columns()) {
                if (column.type() == ColumnType.DOUBLE) {
                    props.withByteStreamSplitEncoding(column.name(), true);
                }
            }
        }
        this.properties = props.build();
        this.codecs = codecs;
        this.codec = codec;
        this.rowGroupBytes = options.rowGroupBytes();
        this.writers = new ColumnWriter[kinds.length];
        this.keyValueMetadata = Map.copyOf(keyValueMetadata);
        this.fileWriter = new ParquetFileWriter(output, messageType, ParquetFileWriter.Mode.OVERWRITE,
                rowGroupBytes, MAX_PADDING_BYTES, null, properties);
        fileWriter.start();
    }

    static MessageType messageType(TableSchema schema) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column column : schema.columns()) {
            Type.Repetition repetition = column.optional() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
            switch (column.type()) {
                case INT64 -> builder.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case INT32 -> builder.primitive(PrimitiveTypeName.INT32, repetition).named(column.name());
                case DOUBLE -> builder.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case BOOLEAN -> builder.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
                case STRING -> builder.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
            }
        }
        return builder.named(MESSAGE_NAME);
    }

    /** Writes one complete row (repetition level 0; definition level 1 marks a present optional value). */
    void write(RowBuffer row) throws IOException {
        if (columnStore == null) {
            startRowGroup();
        }
        ColumnWriter[] w = writers;
        for (int i = 0; i < w.length; i++) {
            switch (kinds[i]) {
                case DOUBLE -> w[i].write(row.doubles[i], 0, 0);
                case OPTIONAL_DOUBLE -> {
                    if (row.missing[i]) {
                        w[i].writeNull(0, 0);
                    } else {
                        w[i].write(row.doubles[i], 0, 1);
                    }
                }
                case INT64 -> w[i].write(row.longs[i], 0, 0);
                case OPTIONAL_INT64 -> {
                    if (row.missing[i]) {
                        w[i].writeNull(0, 0);
                    } else {
                        w[i].write(row.longs[i], 0, 1);
                    }
                }
                case INT32 -> w[i].write((int) row.longs[i], 0, 0);
                case BOOLEAN -> w[i].write(row.longs[i] != 0, 0, 0);
                case STRING -> w[i].write(Binary.fromString(row.strings[i]), 0, 0);
            }
        }
        columnStore.endRecord();
        if (++rowsInGroup >= nextSizeCheck) {
            checkRowGroupSize();
        }
    }

    /** Flushes the last row group and writes the footer; parquet then closes the output. */
    void finish() throws IOException {
        flushRowGroup();
        Map<String, String> footer = new HashMap<>(keyValueMetadata);
        footer.put(MODEL_KEY, MODEL_NAME);
        fileWriter.end(footer);
    }

    /** Drops buffered pages and stops parquet from flushing anything more; the caller deletes the file. */
    void abort() {
        fileWriter.abort();
        releaseStores();
    }

    private void startRowGroup() {
        pageStore = ColumnChunkPageWriteStore.builder()
                .withCompressorProvider(column -> codecs.getCompressor(codec.parquetName()))
                .withSchema(messageType)
                .withAllocator(properties.getAllocator())
                .withColumnIndexTruncateLength(properties.getColumnIndexTruncateLength())
                .withPageWriteChecksumEnabled(properties.getPageWriteChecksumEnabled())
                .build();
        columnStore = properties.newColumnWriteStore(messageType, pageStore, pageStore);
        for (int i = 0; i < writers.length; i++) {
            writers[i] = columnStore.getColumnWriter(descriptors.get(i));
        }
        rowsInGroup = 0;
        nextSizeCheck = properties.getMinRowCountForPageSizeCheck();
    }

    /**
     * Measuring the buffered size walks every column, so like parquet we only do it now and then: flush when
     * within a couple of rows of the limit, else look again about halfway to the projected limit.
     */
    private void checkRowGroupSize() throws IOException {
        long buffered = columnStore.getBufferedSize();
        long bytesPerRow = Math.max(1, buffered / rowsInGroup);
        if (buffered > rowGroupBytes - SIZE_CHECK_MARGIN_ROWS * bytesPerRow) {
            flushRowGroup();
            return;
        }
        long rowsToLimit = (rowGroupBytes - buffered) / bytesPerRow;
        long step = Math.clamp(rowsToLimit / 2, properties.getMinRowCountForPageSizeCheck(),
                properties.getMaxRowCountForPageSizeCheck());
        nextSizeCheck = rowsInGroup + step;
    }

    private void flushRowGroup() throws IOException {
        if (columnStore == null) {
            return;
        }
        try {
            if (rowsInGroup > 0) {
                fileWriter.startBlock(rowsInGroup);
                columnStore.flush();
                pageStore.flushToFileWriter(fileWriter);
                fileWriter.endBlock();
            }
        } finally {
            releaseStores();
        }
    }

    private void releaseStores() {
        if (columnStore != null) {
            columnStore.close();
            columnStore = null;
        }
        if (pageStore != null) {
            pageStore.close();
            pageStore = null;
        }
    }
}
