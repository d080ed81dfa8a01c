package io.ionsweep.io.dataset;

import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.io.parquet.ParquetColumnReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code ionsweep inspect} reports about a dataset: its manifest, the parts of its shard that are not
 * listed (an interrupted run), rows and bytes per table, and min / median / max of the summary table's
 * result columns, read from the listed part files.
 *
 * @param manifest     the stored manifest
 * @param missingParts part indices the shard owns that the manifest does not list for every table, ascending
 * @param tables       rows and bytes per table, in manifest order
 * @param statistics   statistics of the summary table's DOUBLE result columns (empty without a summary table)
 * @param uncertified  for each bound on an undetermined part the summary holds ({@link
 *                     ThermalObservable#MEAN_UNDETERMINED}, {@link ThermalObservable#CURRENT_UNDETERMINED}), how
 *                     many of the listed rows exceed {@link ThermalObservable#STATED_ACCURACY}
 */
public record DatasetInspection(Manifest manifest, List<Long> missingParts, Map<String, TableTotals> tables,
                                List<ColumnStatistics> statistics, Map<String, Long> uncertified) {

    /** The description {@link Tables#summary} gives parameter columns, which are not results. */
    private static final String PARAMETER_DESCRIPTION = "configuration parameter";
    private static final String DOUBLE_TYPE = "DOUBLE";
    private static final String INT64_TYPE = "INT64";

    public DatasetInspection {
        missingParts = List.copyOf(missingParts);
        tables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        statistics = List.copyOf(statistics);
        uncertified = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(uncertified));
    }

    /** Rows and bytes of one table's listed parts. */
    public record TableTotals(long parts, long rows, long bytes) {}

    /**
     * Min, median and max of one column's non-missing values. NaN values are counted but left out of the
     * order statistics; infinities are kept (a closed lead gives -Infinity).
     */
    public record ColumnStatistics(String column, String unit, long count, long nanCount,
                                   double min, double median, double max) {}

    /**
     * The manifest of the dataset in DIR; a directory that is not a dataset (no directory, no manifest, an
     * unreadable or foreign one) is a {@link DatasetException} with one line.
     */
    public static Manifest manifestOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatasetException(dir + ": not a directory (a dataset written by `ionsweep run`)");
        }
        if (!Files.isRegularFile(dir.resolve(Manifest.FILE))) {
            throw new DatasetException(dir + ": not an ionsweep dataset (no " + Manifest.FILE + ")");
        }
        Manifest m;
        try {
            m = Manifest.read(dir);
        } catch (IOException e) {
            throw new DatasetException(dir + ": " + Manifest.FILE + " is unreadable (" + e.getClass().getSimpleName() + ")");
        }
        if (!"ionsweep-dataset".equals(m.format) || m.tables == null || m.parts == null) {
            throw new DatasetException(dir + ": " + Manifest.FILE + " is not an ionsweep dataset manifest");
        }
        return m;
    }

    /** Reads DIR; a directory that is not a dataset is a {@link DatasetException} with one line. */
    public static DatasetInspection of(Path dir) throws IOException {
        Manifest m = manifestOf(dir);
        Map<String, TableTotals> totals = new LinkedHashMap<>();
        for (String table : m.tables.keySet()) {
            List<Manifest.PartEntry> ps = m.parts.stream().filter(p -> p.table().equals(table)).toList();
            totals.put(table, new TableTotals(ps.size(), ps.stream().mapToLong(Manifest.PartEntry::rows).sum(),
                    ps.stream().mapToLong(Manifest.PartEntry::bytes).sum()));
        }
        Map<String, Long> uncertified = new LinkedHashMap<>();
        return new DatasetInspection(m, missingParts(m), totals, statistics(dir, m, uncertified), uncertified);
    }

    /**
     * Parts of the shard (part p with p % shard_count == shard_index) not listed for every table written
     * part by part (a derived table such as selectivity is numbered on its own and left out).
     */
    static List<Long> missingParts(Manifest m) {
        if (m.configsPerPart < 1 || m.shardCount < 1) {
            return List.of();
        }
        long partCount = (m.totalConfigurations + m.configsPerPart - 1) / m.configsPerPart;
        List<Long> missing = new ArrayList<>();
        for (long p = m.shardIndex; p < partCount; p += m.shardCount) {
            long part = p;
            boolean complete = m.tables.keySet().stream().filter(t -> !Tables.isDerived(t)).allMatch(t ->
                    m.parts.stream().anyMatch(e -> e.part() == part && e.table().equals(t)));
            if (!complete) {
                missing.add(p);
            }
        }
        return missing;
    }

    /** The statistics of the summary's result columns; {@code uncertified} receives the bounds' counts. */
    private static List<ColumnStatistics> statistics(Path dir, Manifest m, Map<String, Long> uncertified)
            throws IOException {
        List<Manifest.ColumnInfo> cols = m.tables.get(Tables.SUMMARY);
        if (cols == null) {
            return List.of();
        }
        // the result columns: doubles, and counts (INT64) other than config_id
        List<Manifest.ColumnInfo> results = cols.stream().filter(c -> (DOUBLE_TYPE.equals(c.type())
                || INT64_TYPE.equals(c.type()) && !"config_id".equals(c.name()))
                && !PARAMETER_DESCRIPTION.equals(c.description())).toList();
        List<String> names = results.stream().map(Manifest.ColumnInfo::name).toList();
        Map<String, List<double[]>> chunks = new LinkedHashMap<>();
        Set<String> files = new TreeSet<>();
        m.parts.stream().filter(p -> p.table().equals(Tables.SUMMARY)).forEach(p -> files.add(p.file()));
        for (String f : files) {
            Path file = dir.resolve(f);
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(dir + ": part " + f + " is listed in " + Manifest.FILE + " but missing");
            }
            ParquetColumnReader.readDoubles(file, names).forEach((k, v) -> chunks.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        List<ColumnStatistics> stats = new ArrayList<>();
        for (Manifest.ColumnInfo c : results) {
            List<double[]> parts = chunks.getOrDefault(c.name(), List.of());
            double[] all = parts.stream().flatMapToDouble(Arrays::stream).toArray();
            stats.add(of(c.name(), c.unit(), all));
            if (c.name().equals(ThermalObservable.MEAN_UNDETERMINED)
                    || c.name().equals(ThermalObservable.CURRENT_UNDETERMINED)) {
                uncertified.put(c.name(), Arrays.stream(all).filter(v -> v > ThermalObservable.STATED_ACCURACY).count());
            }
        }
        return stats;
    }

    /** Order statistics of the values; the median of an even count is the mean of the middle two. */
    static ColumnStatistics of(String column, String unit, double[] values) {
        double[] ordered = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        long nan = values.length - ordered.length;
        if (ordered.length == 0) {
            return new ColumnStatistics(column, unit, values.length, nan, Double.NaN, Double.NaN, Double.NaN);
        }
        int n = ordered.length;
        double median = n % 2 == 1 ? ordered[n / 2] : ordered[n / 2 - 1] / 2 + ordered[n / 2] / 2;
        return new ColumnStatistics(column, unit, values.length, nan, ordered[0], median, ordered[n - 1]);
    }
}
