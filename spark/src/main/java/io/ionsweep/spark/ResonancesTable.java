package io.ionsweep.spark;

import io.ionsweep.engine.observables.Resonance;
import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per resonance of a configuration, config_id first (as io's DatasetWriter writes them). */
final class ResonancesTable implements ConfigTable {
    @Override
    public String name() {
        return Tables.RESONANCES;
    }

    @Override
    public TableSchema schema() {
        return Tables.resonances();
    }

    @Override
    public List<Row> rows(BatchResult batch, int r) {
        long id = batch.configurations()[r].configId();
        List<Resonance> list = batch.resonances(r);
        List<Row> rows = new ArrayList<>(list.size());
        for (Resonance res : list) {
            rows.add(RowFactory.create(id, res.energyEv(), res.widthEv(), res.qFactor(), res.lifetimePs(),
                    res.peakTransmission(), res.resolved(), res.spacingThz()));
        }
        return rows;
    }
}
