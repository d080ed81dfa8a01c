package io.ionsweep.io.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a potential table (a PMF from molecular dynamics, or any tabulated profile) from CSV:
 * <pre>
 * # comment lines and blank lines are skipped
 * x_A,V_kcal/mol
 * -10.0,0.0
 * -9.75,0.012
 * </pre>
 * The header's first column is {@code x_A} (Angstrom); the second is the potential, named {@code V_<unit>}
 * with a unit of {@link EnergyUnit} ({@code V_eV}, {@code V_meV}, {@code V_kcal/mol} or {@code V_kcal_per_mol},
 * {@code V_kJ/mol}, {@code V_kT}) or any name when the unit is given separately; further columns (error
 * bars, say) are allowed and ignored. Every row has as many values as the header; x increases strictly;
 * at least two rows. Values are converted to eV ({@code kT} at the given temperature).
 *
 * <p>Every problem is one {@link IllegalArgumentException} whose message starts with {@code file:line:}.
 */
public final class PmfTableReader {
    private PmfTableReader() {}

    private static final String POSITION_COLUMN = "x_A";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * @param file         the CSV file
     * @param unit         the unit of the potential column, or null to take it from the column name
     * @param temperatureK the temperature for {@code kT} tables (ignored otherwise; NaN when not given)
     */
    public static PmfTable read(Path file, EnergyUnit unit, double temperatureK) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the table: " + e);
        }
        int headerLine = -1;
        String[] header = null;
        double[] x = new double[lines.size()];
        double[] v = new double[lines.size()];
        int rows = 0;
        String valueColumn = null;
        EnergyUnit resolved = unit;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] fields = line.split(",", -1);
            for (int f = 0; f < fields.length; f++) {
                fields[f] = fields[f].strip();
            }
            if (header == null) {
                header = fields;
                headerLine = i + 1;
                resolved = checkHeader(where, header, unit);
                valueColumn = header[1];
                continue;
            }
            if (fields.length != header.length) {
                String missing = fields.length < 2 ? "; missing column " + valueColumn : "";
                throw new IllegalArgumentException(where + fields.length + " values but the header (line " + headerLine
                        + ") has " + header.length + " columns" + missing);
            }
            x[rows] = number(where, POSITION_COLUMN, fields[0]);
            v[rows] = number(where, valueColumn, fields[1]);
            if (rows > 0 && !(x[rows] > x[rows - 1])) {
                throw new IllegalArgumentException(where + "x_A must increase strictly, got " + fields[0] + " after "
                        + x[rows - 1]);
            }
            rows++;
        }
        if (header == null) {
            throw new IllegalArgumentException(file + ": no header: the first line must be x_A,V_<unit> (e.g. x_A,V_eV)");
        }
        if (rows < 2) {
            throw new IllegalArgumentException(file + ": needs at least two data rows, got " + rows);
        }
        double scale;
        try {
            scale = resolved.evPerUnit(temperatureK);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        double[] xs = java.util.Arrays.copyOf(x, rows);
        double[] vs = new double[rows];
        for (int r = 0; r < rows; r++) {
            vs[r] = v[r] * scale;
        }
        return new PmfTable(file, xs, vs, resolved);
    }

    /** Checks the header and settles the unit. */
    private static EnergyUnit checkHeader(String where, String[] header, EnergyUnit given) {
        if (header.length < 2 || header[1].isEmpty()) {
            throw new IllegalArgumentException(where + "missing column: the header must name x_A and the potential, "
                    + "e.g. x_A,V_eV; got '" + String.join(",", header) + "'");
        }
        if (!header[0].equals(POSITION_COLUMN)) {
            throw new IllegalArgumentException(where + "the first column must be x_A (position in Angstrom), got '"
                    + header[0] + "'");
        }
        String name = header[1];
        int underscore = name.indexOf('_');
        EnergyUnit named = underscore < 0 ? null : EnergyUnit.parseOrNull(name.substring(underscore + 1));
        if (given != null && named != null && given != named) {
            throw new IllegalArgumentException(where + "column '" + name + "' is in " + named.key() + " but unit: "
                    + given.key() + " was given");
        }
        if (given == null && named == null) {
            throw new IllegalArgumentException(where + "no energy unit: name the column V_<unit> with a unit of "
                    + EnergyUnit.SPELLINGS + " (e.g. V_kcal/mol), or set unit:; got '" + name + "'");
        }
        return given != null ? given : named;
    }

    private static double number(String where, String column, String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException(where + "column " + column + ": missing value");
        }
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + "column " + column + ": not a number: '" + text + "'");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(where + "column " + column + ": must be a finite number, got " + text);
        }
        return d;
    }
}
