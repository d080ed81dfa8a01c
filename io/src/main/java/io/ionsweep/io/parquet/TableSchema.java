package io.ionsweep.io.parquet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The columns of one result table, in file order. Column indices (0-based, in this order) are what
 * {@link RowBuffer}'s setters take; look them up once with {@link #indexOf(String)}.
 *
 * @param columns at least one column, names unique
 */
public record TableSchema(List<Column> columns) {

    public TableSchema {
        Objects.requireNonNull(columns, "columns");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table schema needs at least one column");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Integer previous = seen.putIfAbsent(columns.get(i).name(), i);
            if (previous != null) {
                throw new IllegalArgumentException("column name '" + columns.get(i).name()
                        + "' is used twice (columns " + previous + " and " + i + "): names must be unique");
            }
        }
    }

    public static TableSchema of(Column... columns) {
        return new TableSchema(List.of(columns));
    }

    public int size() {
        return columns.size();
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The 0-based index of the named column. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column named '" + name + "' in " + names());
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
