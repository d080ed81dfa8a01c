package io.ionsweep.io.parquet;

import java.util.Objects;

/**
 * The one reusable row of a {@link ParquetPartWriter}: set every column by index with the typed setter that
 * matches its {@link ColumnType}, then call {@link ParquetPartWriter#append()}. Primitive setters store into
 * primitive arrays, so the hot path neither boxes nor allocates. Not thread-safe.
 */
public final class RowBuffer {

    private final TableSchema schema;
    private final ColumnType[] types;
    private final boolean[] optional;
    final long[] longs;
    final double[] doubles;
    final String[] strings;
    final boolean[] missing;
    /** A column counts as set for the current row when its stamp equals {@link #row}. */
    private final long[] stamps;
    private long row = 1;

    RowBuffer(TableSchema schema) {
        this.schema = schema;
        int n = schema.size();
        types = new ColumnType[n];
        optional = new boolean[n];
        for (int i = 0; i < n; i++) {
            types[i] = schema.column(i).type();
            optional[i] = schema.column(i).optional();
        }
        longs = new long[n];
        doubles = new double[n];
        strings = new String[n];
        missing = new boolean[n];
        stamps = new long[n];
    }

    public TableSchema schema() {
        return schema;
    }

    public RowBuffer setLong(int column, long value) {
        check(column, ColumnType.INT64);
        longs[column] = value;
        missing[column] = false;
        return this;
    }

    public RowBuffer setInt(int column, int value) {
        check(column, ColumnType.INT32);
        longs[column] = value;
        return this;
    }

    public RowBuffer setDouble(int column, double value) {
        check(column, ColumnType.DOUBLE);
        doubles[column] = value;
        missing[column] = false;
        return this;
    }

    public RowBuffer setString(int column, String value) {
        check(column, ColumnType.STRING);
        strings[column] = Objects.requireNonNull(value,
                () -> "column '" + schema.column(column).name() + "' is REQUIRED: the value cannot be null");
        return this;
    }

    public RowBuffer setBoolean(int column, boolean value) {
        check(column, ColumnType.BOOLEAN);
        longs[column] = value ? 1 : 0;
        return this;
    }

    /** Leaves an optional (DOUBLE or INT64) column missing (null) in this row. */
    public RowBuffer setMissing(int column) {
        check(column, types[column] == ColumnType.INT64 ? ColumnType.INT64 : ColumnType.DOUBLE);
        if (!optional[column]) {
            throw new IllegalArgumentException("column '" + schema.column(column).name()
                    + "' is REQUIRED: it cannot be missing");
        }
        missing[column] = true;
        return this;
    }

    private void check(int column, ColumnType expected) {
        if (types[column] != expected) {
            throw new IllegalArgumentException("column " + column + " '" + schema.column(column).name()
                    + "' is " + types[column] + ", not " + expected);
        }
        stamps[column] = row;
    }

    ColumnType type(int column) {
        return types[column];
    }

    /** Throws unless every column was set since the last row was appended. */
    void requireComplete(long rowIndex) {
        for (int i = 0; i < stamps.length; i++) {
            if (stamps[i] != row) {
                throw new IllegalStateException("row " + rowIndex + ": column '" + schema.column(i).name()
                        + "' was not set (set every column, or setMissing for optional ones)");
            }
        }
    }

    /** Starts a fresh row: every column counts as unset again. */
    void next() {
        row++;
    }
}
