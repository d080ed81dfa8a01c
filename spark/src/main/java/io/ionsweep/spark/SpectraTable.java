package io.ionsweep.spark;

import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** config_id, energy_eV, transmission, log10_transmission at the strided grid energies (as DatasetWriter). */
final class SpectraTable implements ConfigTable {
    private final double[] energiesEv;

    SpectraTable(double[] energiesEv) {
        this.energiesEv = energiesEv.clone();
    }

    @Override
    public String name() {
        return Tables.SPECTRA;
    }

    @Override
    public TableSchema schema() {
        return Tables.spectra();
    }

    @Override
    public List<Row> rows(BatchResult batch, int r) {
        long id = batch.configurations()[r].configId();
        List<Row> rows = new ArrayList<>(batch.spectrumPoints());
        for (int k = 0; k < batch.spectrumPoints(); k++) {
            double log10T = batch.spectrumLog10T(r, k);
            rows.add(RowFactory.create(id, energiesEv[k], Math.pow(10, log10T), log10T));
        }
        return rows;
    }
}
