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
    public static final String RESONANCES = "resonances";
    public static final String SELECTIVITY = "selectivity";

    /**
     * Whether a table is derived from the finished summary at the end of a run (selectivity) rather than
     * written part by part with it: its part p is not the configurations of summary part p.
     */
    public static boolean isDerived(String table) {
        return SELECTIVITY.equals(table);
    }

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
            // counts are stored as integers (BIGINT in DuckDB)
            ColumnType type = r.integer() ? ColumnType.INT64 : ColumnType.DOUBLE;
            cols.add(new Column(r.name(), type, r.unit(), r.description(), r.optional()));
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

    /** One row per resonance of a configuration: the poles E_r - i Gamma/2 in the resonance window. */
    public static TableSchema resonances() {
        return new TableSchema(List.of(
                Column.required("config_id", ColumnType.INT64, "", "configuration"),
                Column.required("energy_eV", ColumnType.DOUBLE, "eV", "resonance energy E_r (real part of the pole)"),
                Column.required("width_eV", ColumnType.DOUBLE, "eV",
                        "full width Gamma (minus twice the imaginary part); an upper bound where resolved is false"),
                Column.required("q_factor", ColumnType.DOUBLE, "", "E_r / Gamma (a lower bound where resolved is false)"),
                Column.required("lifetime_ps", ColumnType.DOUBLE, "ps", "hbar / Gamma (a lower bound where resolved is false)"),
                Column.required("peak_transmission", ColumnType.DOUBLE, "",
                        "T(E_r) on the real axis, zero bias (the Breit-Wigner peak where resolved is false and no other"
                                + " pole lies within about 1e-4 E_r; not determined for the other unresolved rows)"),
                Column.required("resolved", ColumnType.BOOLEAN, "",
                        "false where Gamma is below what double precision resolves at E_r"),
                Column.required("spacing_THz", ColumnType.DOUBLE, "THz",
                        "(E_{r,n+1} - E_{r,n}) / h to the next pole (the highest repeats the one below; a lone pole 0)")));
    }

    /**
     * One row per pair of configurations that differ only in species (species a before b in the config's
     * species order): their conductances and the ratios a / b.
     */
    public static TableSchema selectivity() {
        return new TableSchema(List.of(
                Column.required("config_id_a", ColumnType.INT64, "", "configuration of species_a"),
                Column.required("config_id_b", ColumnType.INT64, "", "the same configuration with species_b"),
                Column.required("species_a", ColumnType.STRING, "", "species of config_id_a"),
                Column.required("species_b", ColumnType.STRING, "", "species of config_id_b (later in the config's list)"),
                Column.optionalDouble("conductance_quantum_a_pS", "pS", "conductance_quantum_pS of config_id_a"),
                Column.optionalDouble("conductance_quantum_b_pS", "pS", "conductance_quantum_pS of config_id_b"),
                Column.optionalDouble("conductance_classical_a_pS", "pS", "conductance_classical_pS of config_id_a"),
                Column.optionalDouble("conductance_classical_b_pS", "pS", "conductance_classical_pS of config_id_b"),
                Column.optionalDouble("conductance_ratio_quantum", "",
                        "conductance_quantum_a_pS / conductance_quantum_b_pS; missing where a value is missing or the ratio is not finite"),
                Column.optionalDouble("conductance_ratio_classical", "",
                        "conductance_classical_a_pS / conductance_classical_b_pS; missing where a value is missing or the ratio is not finite")));
    }

    /** {@code table/part-00042.parquet}, relative to the dataset directory. */
    public static String partFile(String table, long part) {
        return table + "/" + String.format(java.util.Locale.ROOT, "part-%05d.parquet", part);
    }
}
