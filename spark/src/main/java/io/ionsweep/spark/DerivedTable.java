package io.ionsweep.spark;

import io.ionsweep.io.parquet.TableSchema;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table derived after the run from the per-configuration tables (e.g. selectivity pairs from the
 * summary), computed by Spark from the written tables and written like them.
 */
interface DerivedTable {
    String name();

    TableSchema schema();

    /**
     * @param written the per-configuration tables as written, by name (read back from the output)
     * @return rows in {@link #schema()}'s column order
     */
    Dataset<Row> derive(SparkSession spark, Map<String, Dataset<Row>> written);
}
