package io.ionsweep.cli;

import io.ionsweep.io.dataset.DatasetException;
import io.ionsweep.io.dataset.DatasetInspection;
import io.ionsweep.io.dataset.Manifest;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.ParquetTableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Loads a finished (or interrupted) dataset's summary table: the parts its manifest lists, with units. */
final class DatasetTable {
    /** The description {@link Tables#summary} gives parameter columns. */
    private static final String PARAMETER_DESCRIPTION = "configuration parameter";

    private DatasetTable() {}

    /** Whether DIR's summary has the column (datasets of earlier releases lack newer ones). */
    static boolean hasColumn(Path dir, String column) throws IOException {
        List<Manifest.ColumnInfo> schema = DatasetInspection.manifestOf(dir).tables.get(Tables.SUMMARY);
        return schema != null && schema.stream().anyMatch(c -> c.name().equals(column));
    }

    /**
     * The summary rows of DIR: every parameter column and the result columns named in {@code needed} (column
     * to the option that asked for it; a big dataset's other result columns are not read). Not a dataset, no
     * summary or no finished part: a one-line {@link DatasetException}; a needed column the summary lacks: a
     * {@link BadInputException} naming the option and the columns there are.
     */
    static DataTable summary(Path dir, Map<String, String> needed) throws IOException {
        Manifest m = DatasetInspection.manifestOf(dir);
        if (!m.tables.containsKey(Tables.SUMMARY)) {
            throw new DatasetException(dir + ": has no summary table (outputs.summary was false)");
        }
        List<Manifest.ColumnInfo> schema = m.tables.get(Tables.SUMMARY);
        List<String> allNames = schema.stream().map(Manifest.ColumnInfo::name).toList();
        needed.forEach((column, option) -> {
            if (!allNames.contains(column)) {
                throw new BadInputException(option + ": no column '" + column + "' in " + dir + "; allowed: "
                        + String.join(", ", allNames));
            }
        });
        List<Manifest.ColumnInfo> infos = schema.stream().filter(c -> PARAMETER_DESCRIPTION.equals(c.description())
                || needed.containsKey(c.name())).toList();
        List<String> names = infos.stream().map(Manifest.ColumnInfo::name).toList();
        TreeSet<String> files = new TreeSet<>();
        m.parts.stream().filter(p -> p.table().equals(Tables.SUMMARY)).forEach(p -> files.add(p.file()));
        if (files.isEmpty()) {
            throw new DatasetException(dir + ": no finished summary part yet (finish the run with `run ... --resume`)");
        }
        List<Map<String, ParquetTableReader.Values>> parts = new ArrayList<>();
        for (String f : files) {
            Path file = dir.resolve(f);
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(dir + ": part " + f + " is listed in " + Manifest.FILE + " but missing");
            }
            parts.add(ParquetTableReader.read(file, names));
        }
        List<DataTable.Column> columns = new ArrayList<>();
        for (Manifest.ColumnInfo info : infos) {
            List<ParquetTableReader.Values> chunks = parts.stream().map(p -> p.get(info.name())).toList();
            if (chunks.stream().anyMatch(java.util.Objects::isNull)) {
                continue; // a type plots cannot use (BOOLEAN)
            }
            boolean parameter = PARAMETER_DESCRIPTION.equals(info.description());
            if (chunks.getFirst().numbers() != null) {
                double[] all = chunks.stream().flatMapToDouble(v -> java.util.Arrays.stream(v.numbers())).toArray();
                columns.add(new DataTable.Column(info.name(), info.unit(), parameter, all, null));
            } else {
                String[] all = chunks.stream().flatMap(v -> java.util.Arrays.stream(v.texts())).toArray(String[]::new);
                columns.add(new DataTable.Column(info.name(), info.unit(), parameter, null, all));
            }
        }
        return new DataTable(dir.toString(), columns);
    }
}
