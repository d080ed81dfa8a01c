package io.ionsweep.io.parquet;

/**
 * The value types a result column can hold, and how each is stored in Parquet.
 * DuckDB reads them as BIGINT, INTEGER, DOUBLE, VARCHAR and BOOLEAN.
 */
public enum ColumnType {
    /** 64-bit signed integer (Parquet INT64). */
    INT64,
    /** 32-bit signed integer (Parquet INT32). */
    INT32,
    /** IEEE 754 binary64 (Parquet DOUBLE); NaN, infinities and -0.0 are kept as written. */
    DOUBLE,
    /** UTF-8 text (Parquet BINARY annotated STRING). */
    STRING,
    /** Parquet BOOLEAN. */
    BOOLEAN
}
