package io.ionsweep.spark;

import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.run.PartPlan;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Spark task: computes the configurations of its slices with the engine's {@link
 * io.ionsweep.engine.run.SweepRunner} (the same kernel and observables as a local run), batch by batch,
 * and yields one row per configuration holding, for each per-configuration table, the list of that
 * table's rows. Rows are produced lazily, so a task holds one batch at a time.
 */
final class SliceTask implements FlatMapFunction<Iterator<Integer>, Row> {
    /** Configurations per engine batch (the local run's batch size). */
    static final int BATCH_SIZE = 64;

    private final SweepJob job;
    private final CollectionAccumulator<String> kernels;

    SliceTask(SweepJob job, CollectionAccumulator<String> kernels) {
        this.job = job;
        this.kernels = kernels;
    }

    @Override
    public Iterator<Row> call(Iterator<Integer> slices) {
        TaskEngine engine = TaskEngine.of(job);
        kernels.add(engine.kernel.name());
        PartPlan plan = job.slices();
        List<ConfigTable> tables = engine.tables.perConfiguration();
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        return new Iterator<>() {
            private long next = -1;
            private long end = -1;
            private int slice = -1;
            private BatchResult batch;
            private int row;
            private long emittedInSlice;

            @Override
            public boolean hasNext() {
                while (batch == null || row == batch.size()) {
                    if (next < end) {
                        long batchEnd = Math.min(end, next + BATCH_SIZE);
                        batch = engine.runner.computeRange(next, batchEnd);
                        next = batchEnd;
                        row = 0;
                    } else if (slices.hasNext()) {
                        slice = slices.next();
                        next = plan.firstConfig(slice);
                        end = plan.endConfig(slice);
                        emittedInSlice = 0;
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (emittedInSlice == 1 && job.failure().failsAt(slice, attempt)) {
                    throw new IllegalStateException("test hook: attempt " + attempt + " of slice " + slice + " fails after one row");
                }
                Object[] values = new Object[tables.size()];
                for (int t = 0; t < values.length; t++) {
                    // Spark's Row encoder takes a Scala Seq for an array column.
                    values[t] = CollectionConverters.asScala(new ArrayList<>(tables.get(t).rows(batch, row)));
                }
                row++;
                emittedInSlice++;
                return RowFactory.create(values);
            }
        };
    }
}
