package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.HadoopFreeReadOptions;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Reads whole DOUBLE (and INT64, as doubles) columns of one part file, Hadoop-free: a {@link LocalInputFile},
 * {@link HadoopFreeReadOptions} and the zstd-jni / snappy-java decompressors. Missing (null) values
 * are skipped. Meant for the small per-configuration summary table, which fits in memory.
 */
public final class ParquetColumnReader {
    private ParquetColumnReader() {}

    /**
     * The non-null values of each named DOUBLE or INT64 column, in file order; a name the file lacks or of
     * another type is left out of the result.
     */
    public static Map<String, double[]> readDoubles(Path file, List<String> columns) throws IOException {
        return read(file, columns, false);
    }

    /**
     * Every value of each named DOUBLE or INT64 column, in file order, with NaN where a value is missing
     * (null), so that index i is row i in every column; a name the file lacks or of another type is left out.
     */
    public static Map<String, double[]> readDoublesByRow(Path file, List<String> columns) throws IOException {
        return read(file, columns, true);
    }

    private static Map<String, double[]> read(Path file, List<String> columns, boolean missingAsNaN) throws IOException {
        JniCompressionCodecFactory codecs = new JniCompressionCodecFactory(0);
        ParquetReadOptions options = HadoopFreeReadOptions.of(codecs);
        Map<String, DoubleList> values = new LinkedHashMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFileMetaData().getSchema();
            String createdBy = reader.getFileMetaData().getCreatedBy();
            List<ColumnDescriptor> wanted = new ArrayList<>();
            for (String name : columns) {
                if (schema.containsField(name) && schema.getType(name).isPrimitive()
                        && numeric(schema.getType(name).asPrimitiveType().getPrimitiveTypeName())) {
                    wanted.add(schema.getColumnDescription(new String[] {name}));
                    values.put(name, new DoubleList());
                }
            }
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(rowGroup,
                        new GroupRecordConverter(schema).getRootConverter(), schema, createdBy);
                for (ColumnDescriptor d : wanted) {
                    ColumnReader col = store.getColumnReader(d);
                    DoubleList out = values.get(d.getPath()[0]);
                    for (long i = 0, n = col.getTotalValueCount(); i < n; i++) {
                        if (col.getCurrentDefinitionLevel() == d.getMaxDefinitionLevel()) {
                            out.add(d.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.INT64
                                    ? (double) col.getLong() : col.getDouble());
                        } else if (missingAsNaN) {
                            out.add(Double.NaN);
                        }
                        col.consume();
                    }
                }
            }
        } finally {
            codecs.release();
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        values.forEach((k, v) -> result.put(k, v.toArray()));
        return result;
    }

    /** DOUBLE, or INT64 (counts such as resonance_count; exact below 2^53), read as doubles. */
    private static boolean numeric(PrimitiveTypeName type) {
        return type == PrimitiveTypeName.DOUBLE || type == PrimitiveTypeName.INT64;
    }

    /** A growable double array, to avoid boxing a column's values. */
    private static final class DoubleList {
        private double[] data = new double[256];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = java.util.Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
