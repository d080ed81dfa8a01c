package io.ionsweep.io.dataset;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.io.parquet.Codec;
import io.ionsweep.io.parquet.ParquetColumnReader;
import io.ionsweep.io.parquet.ParquetPartWriter;
import io.ionsweep.io.parquet.PartInfo;
import io.ionsweep.io.parquet.RowBuffer;
import io.ionsweep.io.parquet.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives {@code DIR/selectivity} from a finished, unsharded summary table of a Cartesian sweep. Species
 * is the slowest axis of config_id, so with S species and M = total / S configurations per species the
 * configurations that differ only in species are {@code s * M + r} for s = 0..S-1 at each non-species
 * index r. Selectivity part q covers r in [q P, (q + 1) P) (P = configs per part), one row per r and per
 * species pair a < b, in that order; it reads the conductances of those S P configurations back from the
 * summary parts (at most two parts per species, a few kept in memory), so memory is bounded whatever the
 * sweep size. Each part is written atomically and then listed in the manifest, with the r range as its
 * first/end config ids; parts already listed (a resumed run) are kept, since the summary they come from
 * is deterministic.
 */
public final class SelectivityWriter {
    static final String QUANTUM = "conductance_quantum_pS";
    static final String CLASSICAL = "conductance_classical_pS";
    private static final int COLUMNS_PER_CONFIG = 2;

    private final Path dir;
    private final Manifest manifest;
    private final List<Species> species;
    private final long total;
    private final long configsPerPart;
    private final Codec codec;
    private final WriterOptions options;
    private final Map<String, String> metadata;
    private final Map<Long, double[][]> cache;
    private long bytesWritten;

    /**
     * @param species        the sweep's species in config order (at least two)
     * @param total          configurations in the sweep (a multiple of the species count)
     * @param configsPerPart configurations per summary part; also the non-species indices per selectivity part
     */
    public SelectivityWriter(Path dir, Manifest manifest, List<Species> species, long total, long configsPerPart,
                             Codec codec, WriterOptions options, Map<String, String> metadata) {
        if (species.size() < 2 || total % species.size() != 0) {
            throw new IllegalArgumentException("selectivity needs two or more species and a Cartesian sweep, got "
                    + species.size() + " species and " + total + " configurations");
        }
        this.dir = dir;
        this.manifest = manifest;
        this.species = List.copyOf(species);
        this.total = total;
        this.configsPerPart = configsPerPart;
        this.codec = codec;
        this.options = options;
        this.metadata = Map.copyOf(metadata);
        int keep = 2 * species.size() + 2;
        this.cache = new LinkedHashMap<>(keep, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, double[][]> eldest) {
                return size() > keep;
            }
        };
    }

    /** Selectivity parts of the whole sweep. */
    public long partCount() {
        long perSpecies = total / species.size();
        return (perSpecies + configsPerPart - 1) / configsPerPart;
    }

    /** Writes every selectivity part the manifest does not list yet; returns how many were written. */
    public long writeMissing() throws IOException {
        Set<Long> done = manifest.parts.stream().filter(p -> p.table().equals(Tables.SELECTIVITY))
                .map(Manifest.PartEntry::part).collect(Collectors.toSet());
        long written = 0;
        for (long q = 0; q < partCount(); q++) {
            if (!done.contains(q)) {
                write(q);
                written++;
            }
        }
        return written;
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    private void write(long q) throws IOException {
        int s = species.size();
        long perSpecies = total / s;
        long r0 = q * configsPerPart;
        long r1 = Math.min(perSpecies, r0 + configsPerPart);
        int n = (int) (r1 - r0);
        double[][][] g = new double[s][][];
        for (int k = 0; k < s; k++) {
            g[k] = range(k * perSpecies + r0, n);
        }
        Path file = dir.resolve(Tables.partFile(Tables.SELECTIVITY, q));
        Files.createDirectories(file.getParent());
        PartInfo info;
        try (ParquetPartWriter w = ParquetPartWriter.open(file, Tables.selectivity(), codec, metadata, options)) {
            RowBuffer row = w.row();
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < s; a++) {
                    for (int b = a + 1; b < s; b++) {
                        row.setLong(0, a * perSpecies + r0 + i);
                        row.setLong(1, b * perSpecies + r0 + i);
                        row.setString(2, species.get(a).name());
                        row.setString(3, species.get(b).name());
                        set(row, 4, g[a][0][i]);
                        set(row, 5, g[b][0][i]);
                        set(row, 6, g[a][1][i]);
                        set(row, 7, g[b][1][i]);
                        set(row, 8, g[a][0][i] / g[b][0][i]);
                        set(row, 9, g[a][1][i] / g[b][1][i]);
                        w.append();
                    }
                }
            }
            info = w.commit();
        }
        bytesWritten += info.bytes();
        manifest.parts.add(new Manifest.PartEntry(Tables.SELECTIVITY, Tables.partFile(Tables.SELECTIVITY, q), q, r0, r1,
                info.rows(), info.bytes(), info.sha256Hex()));
        manifest.write(dir);
    }

    /** A missing conductance (NaN) or a ratio that is not finite (x / 0, 0 / 0) is stored as null. */
    private static void set(RowBuffer row, int column, double v) {
        if (Double.isFinite(v)) {
            row.setDouble(column, v);
        } else {
            row.setMissing(column);
        }
    }

    /** {quantum, classical} conductances of configurations [first, first + n), from the summary parts. */
    private double[][] range(long first, int n) throws IOException {
        double[][] out = new double[COLUMNS_PER_CONFIG][n];
        long id = first;
        while (id < first + n) {
            long part = id / configsPerPart;
            long partFirst = part * configsPerPart;
            double[][] values = summaryPart(part);
            int from = (int) (id - partFirst);
            int count = (int) Math.min(first + n - id, values[0].length - from);
            for (int c = 0; c < COLUMNS_PER_CONFIG; c++) {
                System.arraycopy(values[c], from, out[c], (int) (id - first), count);
            }
            id += count;
        }
        return out;
    }

    private double[][] summaryPart(long part) throws IOException {
        double[][] cached = cache.get(part);
        if (cached != null) {
            return cached;
        }
        String rel = Tables.partFile(Tables.SUMMARY, part);
        long expected = Math.min(total, (part + 1) * configsPerPart) - part * configsPerPart;
        if (manifest.parts.stream().noneMatch(p -> p.table().equals(Tables.SUMMARY) && p.part() == part)) {
            throw new IOException(dir + ": summary part " + part + " is not finished; selectivity needs the whole summary");
        }
        Map<String, double[]> read = ParquetColumnReader.readDoublesByRow(dir.resolve(rel), List.of(QUANTUM, CLASSICAL));
        double[] q = read.get(QUANTUM);
        double[] c = read.get(CLASSICAL);
        if (q == null || c == null || q.length != expected || c.length != expected) {
            throw new IOException(dir.resolve(rel) + ": expected " + expected + " rows with " + QUANTUM + " and "
                    + CLASSICAL);
        }
        double[][] values = {q, c};
        cache.put(part, values);
        return values;
    }
}
