package io.ionsweep.cli;

import io.ionsweep.io.config.SweepConfig;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.ParquetPartWriter;
import io.ionsweep.io.parquet.RowBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** A spectrum as one Parquet file with the spectra table's schema, published atomically. */
final class SpectrumParquet {
    private SpectrumParquet() {}

    static void write(SpectrumTable t, Path out, SweepConfig sweep) throws IOException {
        Map<String, String> metadata = Map.of("ionsweep.version", Version.get(), "ionsweep.config", sweep.resolvedYaml());
        try (ParquetPartWriter w = ParquetPartWriter.open(out, Tables.spectra(), sweep.parquet().codec(), metadata)) {
            RowBuffer row = w.row();
            for (int i = 0; i < t.size; i++) {
                row.setLong(0, t.configId[i]);
                row.setDouble(1, t.energyEv[i]);
                row.setDouble(2, SpectrumTable.transmission(t.log10T[i]));
                row.setDouble(3, t.log10T[i]);
                w.append();
            }
            w.commit();
        }
    }
}
