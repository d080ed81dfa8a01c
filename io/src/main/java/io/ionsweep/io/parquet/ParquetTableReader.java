package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Reads whole columns of one part file row-aligned, Hadoop-free (a {@link LocalInputFile},
 * {@link HadoopFreeReadOptions} and the zstd-jni / snappy-java decompressors): numbers as doubles with a missing
 * value as NaN, text as strings. Meant for the small per-configuration summary table, which fits in memory and
 * which plots filter and group row by row; {@link ParquetColumnReader} gives its numbers as plain arrays.
 */
public final class ParquetTableReader {
    private ParquetTableReader() {}

    /**
     * One column's values, one per row: {@code numbers} for DOUBLE, INT32 and INT64 columns (a missing value
     * is NaN; integers beyond 2^53 lose precision), {@code texts} for STRING columns; the other is null.
     */
    public record Values(String name, double[] numbers, String[] texts) {
        public int size() {
            return numbers != null ? numbers.length : texts.length;
        }
    }

    /**
     * The named columns in the order asked, each with one value per row of the file. A name the file lacks,
     * or of a type other than DOUBLE, INT32, INT64 or STRING, is left out of the result.
     */
    public static Map<String, Values> read(Path file, List<String> columns) throws IOException {
        Map<String, Values> result = new LinkedHashMap<>();
        readColumns(file, columns).forEach((name, b) -> result.put(name, b.values(name)));
        return result;
    }

    /**
     * The named DOUBLE and INT64 columns as doubles, in file order: every row with NaN where a value is missing
     * ({@code skipMissing} false, row-aligned), or only the values present. Other names are left out.
     */
    static Map<String, double[]> numbers(Path file, List<String> columns, boolean skipMissing) throws IOException {
        Map<String, double[]> result = new LinkedHashMap<>();
        readColumns(file, columns).forEach((name, b) -> {
            if (b.type == PrimitiveTypeName.DOUBLE || b.type == PrimitiveTypeName.INT64) {
                result.put(name, skipMissing ? b.present() : Arrays.copyOf(b.numbers, b.size));
            }
        });
        return result;
    }

    private static Map<String, Builder> readColumns(Path file, List<String> columns) throws IOException {
        JniCompressionCodecFactory codecs = new JniCompressionCodecFactory(0);
        ParquetReadOptions options = HadoopFreeReadOptions.of(codecs);
        Map<String, Builder> built = new LinkedHashMap<>();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFileMetaData().getSchema();
            String createdBy = reader.getFileMetaData().getCreatedBy();
            List<ColumnDescriptor> wanted = new ArrayList<>();
            for (String name : columns) {
                if (!schema.containsField(name) || !schema.getType(name).isPrimitive() || built.containsKey(name)) {
                    continue;
                }
                PrimitiveTypeName t = schema.getType(name).asPrimitiveType().getPrimitiveTypeName();
                if (t == PrimitiveTypeName.DOUBLE || t == PrimitiveTypeName.INT32 || t == PrimitiveTypeName.INT64
                        || t == PrimitiveTypeName.BINARY) {
                    wanted.add(schema.getColumnDescription(new String[] {name}));
                    built.put(name, new Builder(t));
                }
            }
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                ColumnReadStoreImpl store = new ColumnReadStoreImpl(rowGroup,
                        new GroupRecordConverter(schema).getRootConverter(), schema, createdBy);
                for (ColumnDescriptor d : wanted) {
                    ColumnReader col = store.getColumnReader(d);
                    Builder out = built.get(d.getPath()[0]);
                    for (long i = 0, n = col.getTotalValueCount(); i < n; i++) {
                        out.add(col, col.getCurrentDefinitionLevel() == d.getMaxDefinitionLevel());
                        col.consume();
                    }
                }
            }
        } finally {
            codecs.release();
        }
        return built;
    }

    /** A growable column of one Parquet type. */
    private static final class Builder {
        private final PrimitiveTypeName type;
        private double[] numbers = new double[256];
        private String[] texts = new String[256];
        private boolean[] missing = new boolean[256];
        private int size;

        Builder(PrimitiveTypeName type) {
            this.type = type;
        }

        void add(ColumnReader col, boolean present) {
            if (size == numbers.length) {
                numbers = Arrays.copyOf(numbers, size * 2);
                texts = Arrays.copyOf(texts, size * 2);
                missing = Arrays.copyOf(missing, size * 2);
            }
            missing[size] = !present;
            switch (type) {
                case DOUBLE -> numbers[size] = present ? col.getDouble() : Double.NaN;
                case INT32 -> numbers[size] = present ? col.getInteger() : Double.NaN;
                case INT64 -> numbers[size] = present ? col.getLong() : Double.NaN;
                default -> texts[size] = present ? col.getBinary().toStringUsingUTF8() : null;
            }
            size++;
        }

        /** The numbers present (a stored NaN kept, a missing value left out). */
        double[] present() {
            double[] out = new double[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!missing[i]) {
                    out[n++] = numbers[i];
                }
            }
            return Arrays.copyOf(out, n);
        }

        Values values(String name) {
            return type == PrimitiveTypeName.BINARY ? new Values(name, null, Arrays.copyOf(texts, size))
                    : new Values(name, Arrays.copyOf(numbers, size), null);
        }
    }
}
