package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Whole DOUBLE (and INT64, as doubles) columns of one part file as plain arrays, read by
 * {@link ParquetTableReader}: with missing (null) values skipped, or row-aligned with NaN in their place.
 */
public final class ParquetColumnReader {
    private ParquetColumnReader() {}

    /**
     * The non-null values of each named DOUBLE or INT64 column, in file order; a name the file lacks or of
     * another type is left out of the result.
     */
    public static Map<String, double[]> readDoubles(Path file, List<String> columns) throws IOException {
        return ParquetTableReader.numbers(file, columns, true);
    }

    /**
     * Every value of each named DOUBLE or INT64 column, in file order, with NaN where a value is missing
     * (null), so that index i is row i in every column; a name the file lacks or of another type is left out.
     */
    public static Map<String, double[]> readDoublesByRow(Path file, List<String> columns) throws IOException {
        return ParquetTableReader.numbers(file, columns, false);
    }
}
