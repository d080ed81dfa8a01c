package io.ionsweep.io.dataset;

import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.io.parquet.Column;
import io.ionsweep.io.parquet.ColumnType;
import io.ionsweep.io.parquet.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dataset's table layouts: names, schemas and the units of parameter columns. */
public final class Tables {
    private Tables() {}

    public static final String SUMMARY = "summary";
    public static final String SPECTRA = "spectra";

    /** Units read off the documented name suffixes of parameter columns. */
    private static final Map<String, String> SUFFIX_UNITS = Map.of("_eV", "eV", "_A", "A", "_K", "K", "_mV", "mV",
            "_u", "u", "_pS", "pS", "_pA", "pA", "_THz", "THz", "_ps", "ps", "_mM", "mM");

    public static String unitOf(String column) {
        for (Map.Entry<String, String> e : SUFFIX_UNITS.entrySet()) {
            if (column.endsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return "";
    }

    /**
     * config_id, then every parameter column (species a string, charge an int, the rest doubles),
     * then the result columns (optional ones nullable).
     */
    public static TableSchema summary(List<String> parameterColumns, List<ResultColumn> results) {
        List<Column> cols = new ArrayList<>();
        cols.add(Column.required("config_id", ColumnType.INT64, "", "position in the sweep's documented order"));
        for (String p : parameterColumns) {
            ColumnType type = switch (p) {
                case "species" -> ColumnType.STRING;
                case "charge" -> ColumnType.INT32;
                default -> ColumnType.DOUBLE;
            };
            cols.add(Column.required(p, type, unitOf(p), "configuration parameter"));
        }
        for (ResultColumn r : results) {
            cols.add(r.optional() ? Column.optionalDouble(r.name(), r.unit(), r.description())
                    : Column.required(r.name(), ColumnType.DOUBLE, r.unit(), r.description()));
        }
        return new TableSchema(cols);
    }

    public static TableSchema spectra() {
        return new TableSchema(List.of(
                Column.required("config_id", ColumnType.INT64, "", "configuration"),
                Column.required("energy_eV", ColumnType.DOUBLE, "eV", "ion energy"),
                Column.required("transmission", ColumnType.DOUBLE, "", "T(E); 0 where it underflows or a lead is closed"),
                Column.required("log10_transmission", ColumnType.DOUBLE, "",
                        "log10 T(E), exact where T underflows; -Infinity where a lead is closed")));
    }

    /** {@code table/part-00042.parquet}, relative to the dataset directory. */
    public static String partFile(String table, long part) {
        return table + "/" + String.format(java.util.Locale.ROOT, "part-%05d.parquet", part);
    }
}
