package io.ionsweep.engine.run;

/**
 * A double-valued result column of a sweep table.
 *
 * @param name        column name, with a unit suffix where it has a unit
 * @param unit        unit symbol ({@code ""} for dimensionless)
 * @param description one line for schemas and {@code inspect}
 */
public record ResultColumn(String name, String unit, String description) {
    public ResultColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
