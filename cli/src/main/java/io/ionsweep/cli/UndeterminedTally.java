package io.ionsweep.cli;

import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.run.PartSink;
import io.ionsweep.engine.run.ResultColumn;
import io.ionsweep.engine.run.ThermalObservable;
import io.ionsweep.io.dataset.UndeterminedWarning;
import java.util.List;

/**
 * Counts, on their way to the dataset, the configurations whose {@code <T>} (or quantum current) the run cannot
 * certify to its stated accuracy ({@link ThermalObservable#STATED_ACCURACY}), so that the closing report can say
 * so instead of leaving it to a query.
 */
final class UndeterminedTally implements PartSink {
    private final PartSink sink;
    /** The columns' indices among the run's result columns, -1 where absent. */
    private final int meanColumn;
    private final int currentColumn;
    private long rows;
    private long meanRows;
    private long currentRows;

    UndeterminedTally(PartSink sink, List<ResultColumn> results) {
        this.sink = sink;
        List<String> names = results.stream().map(ResultColumn::name).toList();
        this.meanColumn = names.indexOf(ThermalObservable.MEAN_UNDETERMINED);
        this.currentColumn = names.indexOf(ThermalObservable.CURRENT_UNDETERMINED);
    }

    @Override
    public void accept(BatchResult batch) throws Exception {
        for (int r = 0; r < batch.size(); r++) {
            rows++;
            meanRows += above(batch, r, meanColumn) ? 1 : 0;
            currentRows += above(batch, r, currentColumn) ? 1 : 0;
        }
        sink.accept(batch);
    }

    private static boolean above(BatchResult batch, int row, int column) {
        return column >= 0 && batch.summary(row, column) > ThermalObservable.STATED_ACCURACY;
    }

    @Override
    public void partComplete(long part) throws Exception {
        sink.partComplete(part);
    }

    /** One line for the closing report, or null when every configuration of this run is certified. */
    String warning() {
        return UndeterminedWarning.line(meanRows, currentRows, rows);
    }
}
