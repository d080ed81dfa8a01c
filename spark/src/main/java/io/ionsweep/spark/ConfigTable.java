package io.ionsweep.spark;

import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.io.parquet.TableSchema;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A table computed per configuration (summary: one row each; spectra, resonances: several). A task
 * asks each table for the rows of every configuration of its slice; the values must match the
 * schema's types (INT64 Long, INT32 Integer, DOUBLE Double, STRING String) and nullability.
 */
interface ConfigTable {
    /** Directory name under the output URI, as in the local dataset (e.g. "summary"). */
    String name();

    TableSchema schema();

    /** The rows of configuration {@code row} of {@code batch}, in the local writer's order. */
    List<Row> rows(BatchResult batch, int row);
}
