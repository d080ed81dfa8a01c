package io.ionsweep.io.parquet;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One column of a result table.
 *
 * @param name        a SQL-friendly identifier ({@code [A-Za-z_][A-Za-z0-9_]*}), so that DuckDB and Spark
 *                    queries need no quoting
 * @param type        the value type
 * @param unit        the physical unit, e.g. "eV", "A", "pS"; empty for dimensionless values and labels
 * @param description one line for people reading the file; may be empty
 * @param optional    whether a row may leave the value missing (stored as null); only DOUBLE columns may
 *                    be optional, every other column is REQUIRED
 */
public record Column(String name, ColumnType type, String unit, String description, boolean optional) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Column {
        Objects.requireNonNull(name, "column name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("column name '" + name
                    + "' is not allowed: use letters, digits and '_', not starting with a digit");
        }
        Objects.requireNonNull(type, () -> "type of column '" + name + "'");
        Objects.requireNonNull(unit, () -> "unit of column '" + name + "' (use \"\" for none)");
        Objects.requireNonNull(description, () -> "description of column '" + name + "' (use \"\" for none)");
        if (optional && type != ColumnType.DOUBLE && type != ColumnType.INT64) {
            throw new IllegalArgumentException("column '" + name + "' of type " + type
                    + " cannot be optional: only DOUBLE and INT64 columns may have missing values");
        }
    }

    /** A REQUIRED column: every row must set it. */
    public static Column required(String name, ColumnType type, String unit, String description) {
        return new Column(name, type, unit, description, false);
    }

    /** An optional DOUBLE column: a row may leave it missing (null in SQL). */
    public static Column optionalDouble(String name, String unit, String description) {
        return new Column(name, ColumnType.DOUBLE, unit, description, true);
    }
}
