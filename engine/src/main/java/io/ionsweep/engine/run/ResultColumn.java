package io.ionsweep.engine.run;

/**
 * A double-valued result column of a sweep table.
 *
 * @param name        column name, with a unit suffix where it has a unit
 * @param unit        unit symbol ({@code ""} for dimensionless)
 * @param description one line for schemas and {@code inspect}
 * @param optional    whether the column may be missing (null): an observable writes NaN into such a
 *                    column where its value is undefined, and the dataset stores a null there; a NaN
 *                    never reaches a dataset as a number
 */
public record ResultColumn(String name, String unit, String description, boolean optional) {
    public ResultColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }

    /** A required column: every row has a value. */
    public ResultColumn(String name, String unit, String description) {
        this(name, unit, description, false);
    }

    /** An optional column: NaN written into it is stored as missing (null). */
    public static ResultColumn optional(String name, String unit, String description) {
        return new ResultColumn(name, unit, description, true);
    }
}
