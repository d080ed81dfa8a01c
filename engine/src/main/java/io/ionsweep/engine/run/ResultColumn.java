package io.ionsweep.engine.run;

/**
 * A result column of a sweep table, computed as a double.
 *
 * @param name        column name, with a unit suffix where it has a unit
 * @param unit        unit symbol ({@code ""} for dimensionless)
 * @param description one line for schemas and {@code inspect}
 * @param optional    whether the column may be missing (null): an observable writes NaN into such a
 *                    column where its value is undefined, and the dataset stores a null there; a NaN
 *                    never reaches a dataset as a number
 * @param integer     whether the values are whole numbers (counts), stored as 64-bit integers
 */
public record ResultColumn(String name, String unit, String description, boolean optional, boolean integer) {
    public ResultColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** A required column: every row has a value. */
    public ResultColumn(String name, String unit, String description) {
        this(name, unit, description, false, false);
    }

    /** A column of doubles, required or optional. */
    public ResultColumn(String name, String unit, String description, boolean optional) {
        this(name, unit, description, optional, false);
    }

    /** An optional column: NaN written into it is stored as missing (null). */
    public static ResultColumn optional(String name, String unit, String description) {
        return new ResultColumn(name, unit, description, true, false);
    }

    /** An optional count: whole numbers stored as integers, NaN stored as missing (null). */
    public static ResultColumn optionalCount(String name, String description) {
        return new ResultColumn(name, "", description, true, true);
    }
}
