package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of {@link Column}, {@link TableSchema}, {@link Codec} and {@link WriterOptions}. */
class SchemaTest {

    @Test
    void columnNamesMustBeSqlIdentifiers() {
        Column.required("energy_ev", ColumnType.DOUBLE, "eV", "");
        Column.required("_x1", ColumnType.INT32, "", "");
        for (String bad : List.of("", "1st", "T(E)", "a b", "a-b", "α")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Column.required(bad, ColumnType.DOUBLE, "", ""), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> Column.required("x", ColumnType.DOUBLE, null, ""));
        assertThrows(NullPointerException.class, () -> Column.required("x", null, "", ""));
    }

    @Test
    void onlyDoubleAndInt64ColumnsMayBeOptional() {
        assertTrue(Column.optionalDouble("log10_t", "", "").optional());
        assertTrue(new Column("count", ColumnType.INT64, "", "", true).optional());
        for (ColumnType type : List.of(ColumnType.INT32, ColumnType.STRING, ColumnType.BOOLEAN)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new Column("x", type, "", "", true));
            assertTrue(e.getMessage().contains("only DOUBLE"), e.getMessage());
        }
    }

    @Test
    void schemaNeedsUniqueNamesAndAtLeastOneColumn() {
        assertThrows(IllegalArgumentException.class, () -> new TableSchema(List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TableSchema.of(
                Column.required("e", ColumnType.DOUBLE, "eV", ""),
                Column.required("t", ColumnType.DOUBLE, "", ""),
                Column.required("e", ColumnType.INT64, "", "")));
        assertTrue(e.getMessage().contains("'e' is used twice (columns 0 and 2)"), e.getMessage());

        TableSchema schema = TableSchema.of(Column.required("a", ColumnType.INT64, "", ""),
                Column.required("b", ColumnType.STRING, "", ""));
        assertEquals(1, schema.indexOf("b"));
        assertEquals(List.of("a", "b"), schema.names());
        assertThrows(IllegalArgumentException.class, () -> schema.indexOf("c"));
    }

    @Test
    void codecParsesConfigSpellingsAndNamesTheKeyOnError() {
        assertEquals(Codec.ZSTD, Codec.parse("zstd"));
        assertEquals(Codec.SNAPPY, Codec.parse(" Snappy "));
        assertEquals(Codec.UNCOMPRESSED, Codec.parse("NONE"));
        assertEquals(Codec.ZSTD, Codec.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Codec.parse("output.codec", "gzip"));
        assertEquals("output.codec = 'gzip' is not a codec: allowed zstd|snappy|none", e.getMessage());
    }

    @Test
    void writerOptionsRejectNonsense() {
        WriterOptions defaults = WriterOptions.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withZstdLevel(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withZstdLevel(WriterOptions.MAX_ZSTD_LEVEL + 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withPageBytes(WriterOptions.MIN_PAGE_BYTES - 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withRowGroupBytes(defaults.pageBytes() - 1));
        assertThrows(IllegalArgumentException.class, () -> defaults.withDictionaryPageBytes(0));
    }

    @Test
    void partInfoChecksItsHash() {
        assertThrows(IllegalArgumentException.class,
                () -> new PartInfo(java.nio.file.Path.of("p.parquet"), 1, 1, "ABC"));
        assertThrows(IllegalArgumentException.class,
                () -> new PartInfo(java.nio.file.Path.of("p.parquet"), -1, 1, "0".repeat(64)));
    }
}
