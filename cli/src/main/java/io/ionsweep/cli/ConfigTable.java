package io.ionsweep.cli;

import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.engine.sweep.SweepPlan;
import io.ionsweep.io.dataset.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The rows a dataset's summary would hold for the parameters and the thermal observables of a small sweep,
 * computed on the fly (what `plot iv CONFIG` plots without a `run`).
 */
final class ConfigTable {
    private ConfigTable() {}

    /** @param observable the thermal observable with the config's conductance model and resonance window */
    static DataTable thermal(String source, SweepPlan plan, ThermalObservable observable) {
        int n = Math.toIntExact(plan.size());
        List<ResultColumn> results = observable.columns();
        double[][] values = new double[n][results.size()];
        // Configurations are independent; the observable keeps no state between them.
        IntStream.range(0, n).parallel().forEach(id -> observable.compute(plan.configuration(id), null, values[id], 0));

        List<DataTable.Column> columns = new ArrayList<>();
        double[] ids = new double[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        columns.add(new DataTable.Column("config_id", "", false, ids, null));
        List<Configuration> configs = IntStream.range(0, n).mapToObj(plan::configuration).toList();
        for (String p : plan.parameterColumns()) {
            if (configs.getFirst().parameters().get(p) instanceof String) {
                String[] texts = configs.stream().map(c -> (String) c.parameters().get(p)).toArray(String[]::new);
                columns.add(new DataTable.Column(p, Tables.unitOf(p), true, null, texts));
            } else {
                double[] numbers = configs.stream().mapToDouble(c -> ((Number) c.parameters().get(p)).doubleValue()).toArray();
                columns.add(new DataTable.Column(p, Tables.unitOf(p), true, numbers, null));
            }
        }
        for (int k = 0; k < results.size(); k++) {
            int col = k;
            double[] numbers = IntStream.range(0, n).mapToDouble(i -> values[i][col]).toArray();
            columns.add(new DataTable.Column(results.get(k).name(), results.get(k).unit(), false, numbers, null));
        }
        return new DataTable(source, columns);
    }
}
