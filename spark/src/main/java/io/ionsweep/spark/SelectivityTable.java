package io.ionsweep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.ionsweep.engine.physics.Species;
import io.ionsweep.io.dataset.Tables;
import io.ionsweep.io.parquet.TableSchema;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Pairs of configurations that differ only in species, derived from the written summary as io's
 * SelectivityWriter derives them: species is the slowest axis, so with S species and M = total / S,
 * the pair (a, b), a < b in config order, at index r is (a M + r, b M + r); ratios a / b, null where a
 * value is missing or the ratio is not finite. Rows sorted by (r, a, b), the local run's order.
 */
final class SelectivityTable implements DerivedTable {
    private static final String QUANTUM = "conductance_quantum_pS";
    private static final String CLASSICAL = "conductance_classical_pS";

    private final int speciesCount;
    private final long perSpecies;

    SelectivityTable(List<Species> species, long total) {
        if (species.size() < 2 || total % species.size() != 0) {
            throw new IllegalArgumentException("selectivity needs two or more species and a Cartesian sweep");
        }
        this.speciesCount = species.size();
        this.perSpecies = total / species.size();
    }

    @Override
    public String name() {
        return Tables.SELECTIVITY;
    }

    @Override
    public TableSchema schema() {
        return Tables.selectivity();
    }

    @Override
    public Dataset<Row> derive(SparkSession spark, Map<String, Dataset<Row>> written) {
        Dataset<Row> s = written.get(Tables.SUMMARY).select(col("config_id"), col("species"), col(QUANTUM), col(CLASSICAL))
                .withColumn("s_idx", functions.floor(col("config_id").divide(lit(perSpecies))).cast("int"))
                .withColumn("r_idx", functions.pmod(col("config_id"), lit(perSpecies)));
        Dataset<Row> a = s.as("a");
        Dataset<Row> b = s.as("b");
        Dataset<Row> pairs = a.join(b, col("a.r_idx").equalTo(col("b.r_idx")).and(col("a.s_idx").lt(col("b.s_idx"))));
        return pairs.orderBy(col("a.r_idx"), col("a.s_idx"), col("b.s_idx")).select(
                col("a.config_id").as("config_id_a"),
                col("b.config_id").as("config_id_b"),
                col("a.species").as("species_a"),
                col("b.species").as("species_b"),
                finite(col("a." + QUANTUM)).as("conductance_quantum_a_pS"),
                finite(col("b." + QUANTUM)).as("conductance_quantum_b_pS"),
                finite(col("a." + CLASSICAL)).as("conductance_classical_a_pS"),
                finite(col("b." + CLASSICAL)).as("conductance_classical_b_pS"),
                ratio(col("a." + QUANTUM), col("b." + QUANTUM)).as("conductance_ratio_quantum"),
                ratio(col("a." + CLASSICAL), col("b." + CLASSICAL)).as("conductance_ratio_classical"));
    }

    /** null unless finite (the local writer stores a missing or non-finite value as null). */
    private static Column finite(Column v) {
        return when(v.isNotNull().and(functions.not(functions.isnan(v))).and(functions.abs(v).notEqual(lit(Double.POSITIVE_INFINITY))), v);
    }

    /** x / y in IEEE arithmetic, null unless finite (try_divide: no ANSI division-by-zero error). */
    private static Column ratio(Column x, Column y) {
        return finite(functions.try_divide(x, y));
    }
}
