package io.ionsweep.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A small in-memory table that plots filter and group: a dataset's summary, or configurations computed on
 * the fly. Numeric columns hold doubles (a missing value is NaN), text columns strings.
 *
 * @param source  what the rows came from, for messages (a directory or a config file)
 * @param columns the columns, each with one value per row
 */
record DataTable(String source, List<DataTable.Column> columns) {

    /**
     * @param parameter whether the column is a configuration parameter (not a result)
     * @param numbers   the values of a numeric column, else null
     * @param texts     the values of a text column, else null
     */
    record Column(String name, String unit, boolean parameter, double[] numbers, String[] texts) {
        Column {
            Objects.requireNonNull(name);
            unit = unit == null ? "" : unit;
            if ((numbers == null) == (texts == null)) {
                throw new IllegalArgumentException("column " + name + " needs numbers or texts");
            }
        }

        boolean numeric() {
            return numbers != null;
        }

        int size() {
            return numeric() ? numbers.length : texts.length;
        }

        /** The value of a row as an object, for labels and grouping. */
        Object value(int row) {
            return numeric() ? (Object) numbers[row] : texts[row];
        }

        /** "name (unit)", or the name alone for a dimensionless column. */
        String label() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }

        Column select(int[] rows) {
            if (numeric()) {
                double[] v = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = numbers[rows[i]];
                }
                return new Column(name, unit, parameter, v, null);
            }
            String[] v = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = texts[rows[i]];
            }
            return new Column(name, unit, parameter, null, v);
        }
    }

    DataTable {
        columns = List.copyOf(columns);
        int n = columns.isEmpty() ? 0 : columns.getFirst().size();
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, not " + n);
            }
        }
    }

    int rows() {
        return columns.isEmpty() ? 0 : columns.getFirst().size();
    }

    /** The named column, or a one-line bad-input error naming the option and the columns there are. */
    Column column(String name, String option) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new BadInputException(option + ": no column '" + name + "' in " + source + "; allowed: "
                + String.join(", ", columns.stream().map(Column::name).toList()));
    }

    /** The named column, which must be numeric. */
    /** Whether the table has the column. */
    boolean has(String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name));
    }

    Column numericColumn(String name, String option) {
        Column c = column(name, option);
        if (!c.numeric()) {
            throw new BadInputException(option + ": column '" + name + "' of " + source
                    + " holds text, not numbers; allowed: a numeric column");
        }
        return c;
    }

    /** The rows whose index is in {@code rows}, in that order. */
    DataTable select(int[] rows) {
        List<Column> cs = new ArrayList<>();
        for (Column c : columns) {
            cs.add(c.select(rows));
        }
        return new DataTable(source, cs);
    }

    /** The rows where keep is true. */
    DataTable select(boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        int[] rows = new int[n];
        for (int i = 0, j = 0; i < keep.length; i++) {
            if (keep[i]) {
                rows[j++] = i;
            }
        }
        return select(rows);
    }

    /**
     * The parameter columns other than {@code except} that take more than one value over the rows, in column
     * order. mass_u and charge follow the species, so they are named only when species does not vary.
     */
    List<String> varyingParameters(Set<String> except) {
        List<String> varying = new ArrayList<>();
        for (Column c : columns) {
            if (c.parameter() && !except.contains(c.name()) && distinct(c) > 1) {
                varying.add(c.name());
            }
        }
        if (varying.contains("species")) {
            varying.removeAll(List.of("mass_u", "charge"));
        }
        return varying;
    }

    private static int distinct(Column c) {
        Set<Object> seen = new LinkedHashSet<>();
        for (int i = 0; i < c.size() && seen.size() < 2; i++) {
            seen.add(c.value(i));
        }
        return seen.size();
    }

    /** A value as a --where literal would write it: text quoted, numbers in shortest form. */
    static String literal(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        double d = (Double) value;
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
