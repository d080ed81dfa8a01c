package io.ionsweep.spark;

import io.ionsweep.io.parquet.Column;
import io.ionsweep.io.parquet.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * io's table schemas as Spark schemas: the same names, types (INT64 bigint, INT32 int, DOUBLE double,
 * STRING string, BOOLEAN boolean) and nullability (only optional columns are nullable), with each
 * column's unit and description in the field metadata, which Spark keeps in the Parquet footer.
 */
final class SparkSchemas {
    static final String UNIT = "unit";
    static final String DESCRIPTION = "description";

    private SparkSchemas() {}

    static StructType of(TableSchema schema) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : schema.columns()) {
            fields.add(DataTypes.createStructField(c.name(), type(c), c.optional(), metadata(c)));
        }
        return DataTypes.createStructType(fields);
    }

    static Metadata metadata(Column c) {
        return new MetadataBuilder().putString(UNIT, c.unit()).putString(DESCRIPTION, c.description()).build();
    }

    static DataType type(Column c) {
        return switch (c.type()) {
            case INT64 -> DataTypes.LongType;
            case INT32 -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case STRING -> DataTypes.StringType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** A parameter value as the Java type Spark expects for the column. */
    static Object convert(Column c, Object v) {
        return switch (c.type()) {
            case INT64 -> ((Number) v).longValue();
            case INT32 -> ((Number) v).intValue();
            case DOUBLE -> ((Number) v).doubleValue();
            case STRING -> v.toString();
            case BOOLEAN -> (Boolean) v;
        };
    }
}
