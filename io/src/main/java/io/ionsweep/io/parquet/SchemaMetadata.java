package io.ionsweep.io.parquet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key-value metadata of a part: the caller's entries plus the schema's units and descriptions, each as
 * a JSON object from column name to text, so a reader (DuckDB's {@code parquet_kv_metadata}, pandas) finds
 * them without ionsweep.
 */
final class SchemaMetadata {

    /** JSON object: column name to unit ("" when dimensionless). */
    static final String UNITS_KEY = "ionsweep.units";
    /** JSON object: column name to description. */
    static final String DESCRIPTIONS_KEY = "ionsweep.descriptions";

    private SchemaMetadata() {
    }

    static Map<String, String> merge(TableSchema schema, Map<String, String> callerMetadata) {
        Objects.requireNonNull(callerMetadata, "keyValueMetadata (pass Map.of() for none)");
        Map<String, String> all = new HashMap<>();
        callerMetadata.forEach((key, value) -> {
            if (key == null || key.isEmpty() || value == null) {
                throw new IllegalArgumentException("key-value metadata needs non-empty keys and non-null values, got "
                        + key + " = " + value);
            }
            if (key.equals(UNITS_KEY) || key.equals(DESCRIPTIONS_KEY) || key.equals(RowGroupWriter.MODEL_KEY)) {
                throw new IllegalArgumentException("key-value metadata key '" + key
                        + "' is reserved (written by the part writer itself)");
            }
            all.put(key, value);
        });
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (Column column : schema.columns()) {
            units.put(column.name(), column.unit());
            descriptions.put(column.name(), column.description());
        }
        all.put(UNITS_KEY, JsonText.object(units));
        all.put(DESCRIPTIONS_KEY, JsonText.object(descriptions));
        return all;
    }
}
