package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns read back row-aligned, Hadoop-free, across pages and row groups: missing values stay in place as NaN. */
class ParquetTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryTypeRowAlignedWithMissingValuesAsNaN() throws Exception {
        List<ParquetPartWriterTest.Row> rows = ParquetPartWriterTest.expectedRows(5000);
        Path part = dir.resolve("part-00000.parquet");
        WriterOptions small = WriterOptions.defaults().withPageBytes(WriterOptions.MIN_PAGE_BYTES).withRowGroupBytes(16 << 10);
        ParquetPartWriterTest.write(part, rows, Codec.ZSTD, Map.of(), small);

        Map<String, ParquetTableReader.Values> read = ParquetTableReader.read(part,
                List.of("species", "site", "log10_t", "id", "resonant", "absent"));
        assertEquals(List.of("species", "site", "log10_t", "id"), List.copyOf(read.keySet()),
                "asked order; BOOLEAN and absent columns left out");
        for (var v : read.values()) {
            assertEquals(rows.size(), v.size(), v.name());
        }
        assertNull(read.get("species").numbers());
        assertNull(read.get("id").texts());
        for (int i = 0; i < rows.size(); i++) {
            ParquetPartWriterTest.Row r = rows.get(i);
            assertEquals(r.species(), read.get("species").texts()[i], "row " + i);
            assertEquals(r.site(), read.get("site").numbers()[i], "row " + i);
            assertEquals(r.id(), read.get("id").numbers()[i], "row " + i);
            double log = read.get("log10_t").numbers()[i];
            if (r.log10T() == null) {
                assertTrue(Double.isNaN(log), "row " + i + " is missing");
            } else {
                assertEquals(Double.doubleToRawLongBits(r.log10T()), Double.doubleToRawLongBits(log), "row " + i);
            }
        }
    }
}
