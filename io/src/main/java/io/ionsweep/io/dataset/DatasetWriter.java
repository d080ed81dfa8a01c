package io.ionsweep.io.dataset;

import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.run.PartPlan;
import io.ionsweep.engine.run.PartSink;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.io.parquet.Codec;
import io.ionsweep.io.parquet.ParquetPartWriter;
import io.ionsweep.io.parquet.PartInfo;
import io.ionsweep.io.parquet.ColumnType;
import io.ionsweep.io.parquet.RowBuffer;
import io.ionsweep.io.parquet.TableSchema;
import io.ionsweep.io.parquet.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Streams a sweep's results into part files: one summary part (and one spectra part and one resonances
 * part when enabled) per {@link PartPlan} part, covering the same configurations, each committed
 * atomically when the part is complete, after which the manifest is replaced. A crash loses at most the
 * parts being written, which a resumed run redoes. A resonances part may have no rows (no configuration
 * of the part has a resonance in its window); it is written all the same, so that every part is whole.
 */
public final class DatasetWriter implements PartSink, AutoCloseable {
    private final Path dir;
    private final Manifest manifest;
    private final PartPlan parts;
    private final TableSchema summarySchema;
    private final WriterOptions options;
    private final List<String> parameterColumns;
    private final double[] spectrumEnergies;
    private final Codec codec;
    private final Map<String, String> metadata;
    private final boolean resonancesOn;

    private long openPart = -1;
    private ParquetPartWriter summary;
    private ParquetPartWriter spectra;
    private ParquetPartWriter resonances;
    private long bytesWritten;

    /**
     * @param summarySchema    the summary table's schema, or null when the summary is off
     * @param spectrumEnergies energies of the spectra table's points, or null when spectra are off
     * @param resonancesOn     whether to write the resonances table (batches then carry resonances)
     * @param metadata         key-value metadata for every Parquet file (config, units, version)
     */
    public DatasetWriter(Path dir, Manifest manifest, PartPlan parts, TableSchema summarySchema,
                         List<String> parameterColumns, double[] spectrumEnergies, boolean resonancesOn, Codec codec,
                         WriterOptions options, Map<String, String> metadata) {
        this.resonancesOn = resonancesOn;
        this.dir = dir;
        this.manifest = manifest;
        this.parts = parts;
        this.summarySchema = summarySchema;
        this.options = options;
        this.parameterColumns = List.copyOf(parameterColumns);
        this.spectrumEnergies = spectrumEnergies == null ? null : spectrumEnergies.clone();
        this.codec = codec;
        this.metadata = Map.copyOf(metadata);
    }

    @Override
    public void accept(BatchResult batch) throws IOException {
        if (batch.part() != openPart) {
            open(batch.part());
        }
        for (int r = 0; r < batch.size(); r++) {
            Configuration c = batch.configurations()[r];
            if (summary != null) {
                appendSummary(batch, r, c);
            }
            if (spectra != null) {
                RowBuffer s = spectra.row();
                for (int k = 0; k < batch.spectrumPoints(); k++) {
                    double log10T = batch.spectrumLog10T(r, k);
                    s.setLong(0, c.configId());
                    s.setDouble(1, spectrumEnergies[k]);
                    s.setDouble(2, Math.pow(10, log10T));
                    s.setDouble(3, log10T);
                    spectra.append();
                }
            }
            if (resonances != null) {
                appendResonances(c.configId(), batch.resonances(r));
            }
        }
    }

    private void appendResonances(long configId, List<Resonance> list) throws IOException {
        RowBuffer row = resonances.row();
        for (Resonance res : list) {
            row.setLong(0, configId);
            row.setDouble(1, res.energyEv());
            row.setDouble(2, res.widthEv());
            row.setDouble(3, res.qFactor());
            row.setDouble(4, res.lifetimePs());
            row.setDouble(5, res.peakTransmission());
            row.setBoolean(6, res.resolved());
            row.setDouble(7, res.spacingThz());
            resonances.append();
        }
    }

    private void appendSummary(BatchResult batch, int r, Configuration c) throws IOException {
        RowBuffer row = summary.row();
        int nParams = parameterColumns.size();
        row.setLong(0, c.configId());
        Map<String, Object> p = c.parameters();
        for (int k = 0; k < nParams; k++) {
            Object v = p.get(parameterColumns.get(k));
            int col = k + 1;
            switch (v) {
                case String s -> row.setString(col, s);
                case Integer i -> row.setInt(col, i);
                case Number n -> row.setDouble(col, n.doubleValue());
                default -> throw new IllegalStateException("parameter " + parameterColumns.get(k) + " has no value");
            }
        }
        for (int k = 0; k < batch.summaryColumns(); k++) {
            int col = 1 + nParams + k;
            double v = batch.summary(r, k);
            // NaN marks an undefined value; optional columns store it as null (required ones keep it).
            if (Double.isNaN(v) && summarySchema.column(col).optional()) {
                row.setMissing(col);
            } else if (summarySchema.column(col).type() == ColumnType.INT64) {
                row.setLong(col, (long) v);
            } else {
                row.setDouble(col, v);
            }
        }
        summary.append();
    }

    private void open(long part) throws IOException {
        abortOpen();
        openPart = part;
        if (summarySchema != null) {
            summary = ParquetPartWriter.open(partPath(Tables.SUMMARY, part), summarySchema, codec, metadata, options);
        }
        if (spectrumEnergies != null) {
            spectra = ParquetPartWriter.open(partPath(Tables.SPECTRA, part), Tables.spectra(), codec, metadata, options);
        }
        if (resonancesOn) {
            resonances = ParquetPartWriter.open(partPath(Tables.RESONANCES, part), Tables.resonances(), codec, metadata,
                    options);
        }
    }

    private Path partPath(String table, long part) throws IOException {
        Path p = dir.resolve(Tables.partFile(table, part));
        Files.createDirectories(p.getParent());
        return p;
    }

    @Override
    public void partComplete(long part) throws IOException {
        long first = parts.firstConfig(part);
        long end = parts.endConfig(part);
        if (summary != null) {
            record(Tables.SUMMARY, part, first, end, summary.commit());
            summary.close();
            summary = null;
        }
        if (spectra != null) {
            record(Tables.SPECTRA, part, first, end, spectra.commit());
            spectra.close();
            spectra = null;
        }
        if (resonances != null) {
            record(Tables.RESONANCES, part, first, end, resonances.commit());
            resonances.close();
            resonances = null;
        }
        openPart = -1;
        manifest.configurationsDone += end - first;
        manifest.write(dir);
    }

    private void record(String table, long part, long first, long end, PartInfo info) {
        bytesWritten += info.bytes();
        manifest.parts.add(new Manifest.PartEntry(table, Tables.partFile(table, part), part, first, end,
                info.rows(), info.bytes(), info.sha256Hex()));
    }

    public long bytesWritten() {
        return bytesWritten;
    }

    private void abortOpen() throws IOException {
        if (summary != null) {
            summary.close();
            summary = null;
        }
        if (spectra != null) {
            spectra.close();
            spectra = null;
        }
        if (resonances != null) {
            resonances.close();
            resonances = null;
        }
    }

    /** Abandons a part in progress: its temporary files are deleted, finished parts stay. */
    @Override
    public void close() throws IOException {
        abortOpen();
    }
}
