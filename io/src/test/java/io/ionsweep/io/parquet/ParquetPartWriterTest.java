package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Parts written by {@link ParquetPartWriter}, read back by DuckDB. */
class ParquetPartWriterTest {

    private static final TableSchema SCHEMA = TableSchema.of(
            Column.required("id", ColumnType.INT64, "", "row number"),
            Column.required("counter", ColumnType.INT64, "", "extreme longs"),
            Column.required("site", ColumnType.INT32, "", "extreme ints"),
            Column.required("energy_ev", ColumnType.DOUBLE, "eV", "special doubles"),
            Column.optionalDouble("log10_t", "", "log10 of the transmission, missing when not computed"),
            Column.required("species", ColumnType.STRING, "", "unicode text"),
            Column.required("resonant", ColumnType.BOOLEAN, "", "a flag"));

    private static final long[] LONGS = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 42};
    private static final int[] INTS = {Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -7};
    private static final double[] DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0,
        0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 0.1, -2.5};
    private static final String[] STRINGS = {"", "K+", "Na⁺", "Å ångström", "离子通道", "emoji 🧪 ok",
        "quote ' and \" and \\", "line\nbreak\ttab"};

    @TempDir
    Path dir;

    /** One expected row; {@code log10T == null} means missing. */
    record Row(long id, long counter, int site, double energyEv, Double log10T, String species, boolean resonant) {
    }

    /** Every special value of every type, cycled, then pseudo-random doubles over all bit patterns. */
    static List<Row> expectedRows(int count) {
        SplittableRandom random = new SplittableRandom(20_251_125L);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double energy = i < DOUBLES.length * 3 ? DOUBLES[i % DOUBLES.length]
                    : Double.longBitsToDouble(random.nextLong());
            Double log10T = i % 3 == 0 ? null : DOUBLES[(i / 3) % DOUBLES.length];
            rows.add(new Row(i, LONGS[i % LONGS.length], INTS[i % INTS.length], energy, log10T,
                    STRINGS[i % STRINGS.length], i % 2 == 0));
        }
        return rows;
    }

    static PartInfo write(Path path, List<Row> rows, Codec codec, Map<String, String> metadata,
            WriterOptions options) throws IOException {
        try (ParquetPartWriter writer = ParquetPartWriter.open(path, SCHEMA, codec, metadata, options)) {
            RowBuffer row = writer.row();
            for (Row r : rows) {
                row.setLong(0, r.id()).setLong(1, r.counter()).setInt(2, r.site()).setDouble(3, r.energyEv());
                if (r.log10T() == null) {
                    row.setMissing(4);
                } else {
                    row.setDouble(4, r.log10T());
                }
                row.setString(5, r.species()).setBoolean(6, r.resonant());
                writer.append();
            }
            return writer.commit();
        }
    }

    static List<Row> readBack(DuckDb db, String source) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : db.rows("SELECT id, counter, site, energy_ev, log10_t, species, resonant FROM "
                + source + " ORDER BY id")) {
            rows.add(new Row((Long) r[0], (Long) r[1], (Integer) r[2], (Double) r[3], (Double) r[4],
                    (String) r[5], (Boolean) r[6]));
        }
        return rows;
    }

    static void assertSameRows(List<Row> expected, List<Row> actual) {
        assertEquals(expected.size(), actual.size(), "row count");
        for (int i = 0; i < expected.size(); i++) {
            Row e = expected.get(i);
            Row a = actual.get(i);
            // Double.equals compares bit patterns (NaN == NaN, -0.0 != 0.0), which is what "kept exactly" means.
            assertEquals(e, a, "row " + i);
            assertEquals(Double.doubleToLongBits(e.energyEv()), Double.doubleToLongBits(a.energyEv()), "row " + i);
        }
    }

    @Test
    void everyTypeAndSpecialValueRoundTripsThroughDuckDb() throws Exception {
        List<Row> rows = expectedRows(5_000);
        Path part = dir.resolve("summary/part-00000.parquet");
        PartInfo info = write(part, rows, Codec.ZSTD, Map.of(), WriterOptions.defaults());

        assertEquals(part, info.path());
        assertEquals(rows.size(), info.rows());
        try (DuckDb db = new DuckDb()) {
            String source = "read_parquet(" + DuckDb.literal(part) + ")";
            assertEquals((long) rows.size(), db.value("SELECT count(*) FROM " + source));
            assertSameRows(rows, readBack(db, source));
            // SQL's own view of the special values, not just JDBC's.
            long nans = rows.stream().filter(r -> Double.isNaN(r.energyEv())).count();
            long negativeZeros = rows.stream()
                    .filter(r -> Double.doubleToRawLongBits(r.energyEv()) == Long.MIN_VALUE).count();
            assertTrue(nans >= 3 && negativeZeros >= 3);
            assertEquals(nans, db.value("SELECT count(*) FROM " + source + " WHERE isnan(energy_ev)"));
            assertEquals(negativeZeros, db.value("SELECT count(*) FROM " + source
                    + " WHERE energy_ev = 0 AND signbit(energy_ev)"));
            assertEquals((long) (rows.size() + 2) / 3, db.value("SELECT count(*) FROM " + source
                    + " WHERE log10_t IS NULL"));
            assertEquals(Long.MAX_VALUE, db.value("SELECT max(counter) FROM " + source));
            assertEquals(Long.MIN_VALUE, db.value("SELECT min(counter) FROM " + source));
            assertEquals("离子通道", db.value("SELECT species FROM " + source + " WHERE id = 4"));
            assertEquals(4L, db.value("SELECT length(species) FROM " + source + " WHERE id = 4"));
        }
    }

    @Test
    void duckDbSeesTheDeclaredColumnsTypesAndRepetitions() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        write(part, expectedRows(10), Codec.ZSTD, Map.of(), WriterOptions.defaults());
        try (DuckDb db = new DuckDb()) {
            List<Object[]> described = db.rows("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(part) + ")");
            assertEquals(List.of("id BIGINT", "counter BIGINT", "site INTEGER", "energy_ev DOUBLE", "log10_t DOUBLE",
                    "species VARCHAR", "resonant BOOLEAN"),
                    described.stream().map(r -> r[0] + " " + r[1]).toList());
            List<Object[]> schema = db.rows("SELECT name, type, repetition_type, converted_type FROM parquet_schema("
                    + DuckDb.literal(part) + ") WHERE type IS NOT NULL");
            assertEquals(List.of("id INT64 REQUIRED null", "counter INT64 REQUIRED null", "site INT32 REQUIRED null",
                    "energy_ev DOUBLE REQUIRED null", "log10_t DOUBLE OPTIONAL null", "species BYTE_ARRAY REQUIRED UTF8",
                    "resonant BOOLEAN REQUIRED null"),
                    schema.stream().map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).toList());
        }
    }

    /** An optional count (INT64 with nulls, as `resonance_count`): extreme values and nulls come back as written. */
    @Test
    void optionalIntegerColumnKeepsItsNullsAndValues() throws Exception {
        TableSchema schema = TableSchema.of(Column.required("id", ColumnType.INT64, "", "row number"),
                new Column("count", ColumnType.INT64, "", "a count, missing when not computed", true));
        Path part = dir.resolve("part-00000.parquet");
        List<Long> expected = new ArrayList<>();
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, schema, Codec.ZSTD, Map.of(), WriterOptions.defaults())) {
            RowBuffer row = writer.row();
            for (int i = 0; i < 20; i++) {
                Long value = i % 3 == 0 ? null : LONGS[i % LONGS.length];
                row.setLong(0, i);
                if (value == null) {
                    row.setMissing(1);
                } else {
                    row.setLong(1, value);
                }
                writer.append();
                expected.add(value);
            }
            writer.commit();
        }
        try (DuckDb db = new DuckDb()) {
            String source = "read_parquet(" + DuckDb.literal(part) + ")";
            List<Long> actual = db.rows("SELECT count FROM " + source + " ORDER BY id").stream()
                    .map(r -> (Long) r[0]).toList();
            assertEquals(expected, actual);
            assertEquals(List.of("count INT64 OPTIONAL"), db.rows("SELECT name, type, repetition_type FROM parquet_schema("
                    + DuckDb.literal(part) + ") WHERE name = 'count'").stream().map(r -> r[0] + " " + r[1] + " " + r[2]).toList());
        }
        // a boolean (or int, or string) column cannot be optional
        assertThrows(IllegalArgumentException.class, () -> new Column("flag", ColumnType.BOOLEAN, "", "", true));
    }

    @Test
    void callerMetadataAndSchemaUnitsAreInTheFooter() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        String config = "{\"sweep\":\"Å-scan\",\"n\":3}";
        write(part, expectedRows(3), Codec.ZSTD, Map.of("ionsweep.config", config, "ionsweep.version", "0.1.0"),
                WriterOptions.defaults());
        try (DuckDb db = new DuckDb()) {
            String kv = "FROM parquet_kv_metadata(" + DuckDb.literal(part) + ")";
            assertEquals(config, db.value("SELECT decode(value) " + kv + " WHERE decode(key) = 'ionsweep.config'"));
            assertEquals("0.1.0", db.value("SELECT decode(value) " + kv + " WHERE decode(key) = 'ionsweep.version'"));
            assertEquals("ionsweep", db.value("SELECT decode(value) " + kv
                    + " WHERE decode(key) = 'writer.model.name'"));
            // DuckDB's JSON parser reads the units and descriptions back.
            String units = "(SELECT decode(value) " + kv + " WHERE decode(key) = 'ionsweep.units')";
            assertEquals("eV", db.value("SELECT json_extract_string(" + units + ", '$.energy_ev')"));
            assertEquals("", db.value("SELECT json_extract_string(" + units + ", '$.id')"));
            assertEquals(7L, db.value("SELECT len(json_keys(" + units + "))"));
            String descriptions = "(SELECT decode(value) " + kv + " WHERE decode(key) = 'ionsweep.descriptions')";
            assertEquals("log10 of the transmission, missing when not computed",
                    db.value("SELECT json_extract_string(" + descriptions + ", '$.log10_t')"));
        }
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void eachCodecIsReadableAndReportedByDuckDb(Codec codec) throws Exception {
        List<Row> rows = expectedRows(2_000);
        Path part = dir.resolve("part-" + codec.configName() + ".parquet");
        write(part, rows, codec, Map.of(), WriterOptions.defaults());
        try (DuckDb db = new DuckDb()) {
            assertSameRows(rows, readBack(db, "read_parquet(" + DuckDb.literal(part) + ")"));
            List<Object[]> codecs = db.rows("SELECT DISTINCT compression FROM parquet_metadata("
                    + DuckDb.literal(part) + ")");
            assertEquals(1, codecs.size());
            assertEquals(codec.name(), codecs.get(0)[0]);
        }
    }

    @Test
    void partInfoHashAndSizeAreThoseOfTheFileOnDisk() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        PartInfo info = write(part, expectedRows(1_000), Codec.SNAPPY, Map.of(), WriterOptions.defaults());
        byte[] bytes = Files.readAllBytes(part);
        assertEquals(bytes.length, info.bytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), info.sha256Hex());
        assertArrayEquals("PAR1".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOfRange(bytes, 0, 4));
        assertEquals(List.of(part), listDir(dir), "only the final part, no temporary file");
    }

    @Test
    void smallRowGroupsSplitTheFileAndKeepEveryRow() throws Exception {
        List<Row> rows = expectedRows(60_000);
        Path part = dir.resolve("part-00000.parquet");
        WriterOptions small = WriterOptions.defaults().withPageBytes(32 << 10).withRowGroupBytes(256 << 10);
        write(part, rows, Codec.ZSTD, Map.of(), small);
        try (DuckDb db = new DuckDb()) {
            long groups = (Long) db.value("SELECT count(DISTINCT row_group_id) FROM parquet_metadata("
                    + DuckDb.literal(part) + ")");
            assertTrue(groups > 1, "row groups: " + groups);
            assertSameRows(rows, readBack(db, "read_parquet(" + DuckDb.literal(part) + ")"));
        }
    }

    @Test
    void byteStreamSplitAndPlainDoublesAreReadBackAndDeclared() throws Exception {
        List<Row> rows = expectedRows(20_000);
        Path split = dir.resolve("part-split.parquet");
        Path plain = dir.resolve("part-plain.parquet");
        write(split, rows, Codec.ZSTD, Map.of(), WriterOptions.defaults().withByteStreamSplitDoubles(true));
        write(plain, rows, Codec.ZSTD, Map.of(), WriterOptions.defaults().withDictionary(false));
        try (DuckDb db = new DuckDb()) {
            assertSameRows(rows, readBack(db, "read_parquet(" + DuckDb.literal(split) + ")"));
            assertSameRows(rows, readBack(db, "read_parquet(" + DuckDb.literal(plain) + ")"));
            String encodings = "SELECT path_in_schema, string_agg(DISTINCT encodings, ',') FROM parquet_metadata(%s)"
                    + " GROUP BY path_in_schema ORDER BY path_in_schema";
            Map<String, String> splitEncodings = encodingsByColumn(db.rows(encodings.formatted(DuckDb.literal(split))));
            Map<String, String> plainEncodings = encodingsByColumn(db.rows(encodings.formatted(DuckDb.literal(plain))));
            // energy_ev holds 20 000 distinct doubles: more than the dictionary takes, so it falls back.
            assertTrue(splitEncodings.get("energy_ev").contains("BYTE_STREAM_SPLIT"), splitEncodings.toString());
            assertFalse(splitEncodings.get("counter").contains("BYTE_STREAM_SPLIT"), splitEncodings.toString());
            assertFalse(plainEncodings.get("energy_ev").contains("BYTE_STREAM_SPLIT"), plainEncodings.toString());
            assertFalse(plainEncodings.get("site").contains("DICTIONARY"), plainEncodings.toString());
            // A 6-value column keeps its dictionary by default.
            assertTrue(splitEncodings.get("counter").contains("DICTIONARY"), splitEncodings.toString());
        }
    }

    private static Map<String, String> encodingsByColumn(List<Object[]> rows) {
        Map<String, String> byColumn = new java.util.HashMap<>();
        for (Object[] r : rows) {
            byColumn.put((String) r[0], (String) r[1]);
        }
        return byColumn;
    }

    @Test
    void abortedWriterLeavesNoFile() throws Exception {
        Path part = dir.resolve("spectra/part-00003.parquet");
        Path temp = AtomicFiles.tempSibling(part);
        IllegalStateException boom = new IllegalStateException("engine failed mid-sweep");
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of())) {
            assertEquals(temp, writer.tempPath());
            assertTrue(Files.exists(temp), "rows go to the temporary file while writing");
            assertEquals(".part-00003.parquet.tmp", temp.getFileName().toString());
            for (Row r : expectedRows(100)) {
                writer.row().setLong(0, r.id()).setLong(1, r.counter()).setInt(2, r.site())
                        .setDouble(3, r.energyEv()).setMissing(4).setString(5, r.species())
                        .setBoolean(6, r.resonant());
                writer.append();
            }
            throw boom;
        } catch (IllegalStateException e) {
            assertEquals(boom, e);
        }
        assertFalse(Files.exists(part));
        assertFalse(Files.exists(temp));
        assertEquals(List.of(), listDir(part.getParent()));
    }

    @Test
    void refusesToOverwriteAnExistingPart() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        PartInfo first = write(part, expectedRows(10), Codec.ZSTD, Map.of(), WriterOptions.defaults());
        FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class,
                () -> write(part, expectedRows(20), Codec.ZSTD, Map.of(), WriterOptions.defaults()));
        assertTrue(e.getMessage().contains(part.toString()), e.getMessage());
        assertEquals(first.bytes(), Files.size(part));
        assertEquals(List.of(part), listDir(dir));
    }

    @Test
    void severalPartsReadTogetherByGlobWhileAnotherIsStillBeingWritten() throws Exception {
        Path dataset = dir.resolve("summary");
        List<Row> all = expectedRows(3_000);
        int[] cuts = {0, 700, 1_900, 3_000};
        long totalBytes = 0;
        for (int p = 0; p < cuts.length - 1; p++) {
            Codec codec = Codec.values()[p % Codec.values().length];
            totalBytes += write(dataset.resolve("part-%05d.parquet".formatted(p)), all.subList(cuts[p], cuts[p + 1]),
                    codec, Map.of("ionsweep.part", Integer.toString(p)), WriterOptions.defaults()).bytes();
        }
        try (ParquetPartWriter unfinished = ParquetPartWriter.open(dataset.resolve("part-00003.parquet"), SCHEMA,
                Codec.ZSTD, Map.of()); DuckDb db = new DuckDb()) {
            assertTrue(Files.exists(unfinished.tempPath()));
            String glob = "read_parquet(" + DuckDb.literal(dataset.resolve("*.parquet")) + ")";
            assertSameRows(all, readBack(db, glob));
            assertEquals(3L, db.value("SELECT count(DISTINCT filename) FROM read_parquet("
                    + DuckDb.literal(dataset.resolve("*.parquet")) + ", filename = true)"));
            assertTrue(totalBytes > 0);
        }
        assertEquals(3, listDir(dataset).size(), "the unfinished part left nothing behind");
    }

    @Test
    void incompleteRowIsRejectedAndTheWriterStaysUsable() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of())) {
            RowBuffer row = writer.row();
            row.setLong(0, 1).setLong(1, 2).setInt(2, 3).setDouble(3, 4.0).setString(5, "x").setBoolean(6, true);
            IllegalStateException missing = assertThrows(IllegalStateException.class, writer::append);
            assertTrue(missing.getMessage().contains("log10_t"), missing.getMessage());
            row.setDouble(4, -1.5);
            writer.append();
            // The next row starts empty: values of the previous row do not carry over silently.
            row.setLong(0, 2);
            assertThrows(IllegalStateException.class, writer::append);
            IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                    () -> row.setDouble(0, 1.0));
            assertTrue(wrongType.getMessage().contains("'id' is INT64"), wrongType.getMessage());
            assertThrows(IllegalArgumentException.class, () -> row.setMissing(3));
            assertEquals(1, writer.commit().rows());
            assertThrows(IllegalStateException.class, writer::append);
        }
        try (DuckDb db = new DuckDb()) {
            assertEquals(-1.5, db.value("SELECT log10_t FROM read_parquet(" + DuckDb.literal(part) + ")"));
        }
    }

    @Test
    void reservedMetadataKeysAreRejected() {
        Path part = dir.resolve("part-00000.parquet");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of("ionsweep.units", "{}")));
        assertTrue(e.getMessage().contains("ionsweep.units"), e.getMessage());
        assertFalse(Files.exists(part));
    }

    @Test
    void testsRunWithoutHadoopOnTheClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.hadoop.conf.Configuration"));
    }

    @Test
    void emptyPartIsValid() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        PartInfo info = write(part, List.of(), Codec.ZSTD, Map.of(), WriterOptions.defaults());
        assertEquals(0, info.rows());
        try (DuckDb db = new DuckDb()) {
            assertEquals(0L, db.value("SELECT count(*) FROM read_parquet(" + DuckDb.literal(part) + ")"));
            assertNull(db.value("SELECT max(energy_ev) FROM read_parquet(" + DuckDb.literal(part) + ")"));
        }
    }

    static List<Path> listDir(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
