package io.ionsweep.spark;

import io.ionsweep.engine.run.BatchResult;
import io.ionsweep.engine.sweep.Configuration;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.Column;
import io.ionsweep.io.parquet.ColumnType;
import io.ionsweep.io.parquet.TableSchema;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** One row per configuration: config_id, the parameters, the observables (as io's DatasetWriter writes it). */
final class SummaryTable implements ConfigTable {
    private final TableSchema schema;
    private final List<String> parameterColumns;

    SummaryTable(List<String> parameterColumns, TableSchema schema) {
        this.parameterColumns = List.copyOf(parameterColumns);
        this.schema = schema;
    }

    @Override
    public String name() {
        return Tables.SUMMARY;
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    @Override
    public List<Row> rows(BatchResult batch, int r) {
        Configuration c = batch.configurations()[r];
        int nParams = parameterColumns.size();
        Object[] values = new Object[schema.size()];
        values[0] = c.configId();
        Map<String, Object> p = c.parameters();
        for (int k = 0; k < nParams; k++) {
            Object v = p.get(parameterColumns.get(k));
            if (v == null) {
                throw new IllegalStateException("parameter " + parameterColumns.get(k) + " has no value");
            }
            values[k + 1] = SparkSchemas.convert(schema.column(k + 1), v);
        }
        for (int k = 0; k < batch.summaryColumns(); k++) {
            int col = 1 + nParams + k;
            double v = batch.summary(r, k);
            Column column = schema.column(col);
            // NaN marks an undefined value; optional columns store it as null (required ones keep it).
            values[col] = Double.isNaN(v) && column.optional() ? null
                    : column.type() == ColumnType.INT64 ? (Object) (long) v : (Object) v;
        }
        return List.of(RowFactory.create(values));
    }
}
