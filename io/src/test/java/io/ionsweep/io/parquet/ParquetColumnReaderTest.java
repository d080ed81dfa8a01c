package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** DOUBLE columns read back Hadoop-free (the tests run without Hadoop), bit for bit, across pages and row groups. */
class ParquetColumnReaderTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Codec.class)
    void readsWhatTheWriterWroteBitForBit(Codec codec) throws Exception {
        List<ParquetPartWriterTest.Row> rows = ParquetPartWriterTest.expectedRows(5000);
        Path part = dir.resolve("part-00000.parquet");
        // Small pages and row groups, so that the reader crosses both.
        WriterOptions small = WriterOptions.defaults().withPageBytes(WriterOptions.MIN_PAGE_BYTES).withRowGroupBytes(16 << 10);
        ParquetPartWriterTest.write(part, rows, codec, Map.of(), small);

        Map<String, double[]> read = ParquetColumnReader.readDoubles(part, List.of("energy_ev", "log10_t", "species", "absent"));
        assertEquals(List.of("energy_ev", "log10_t"), List.copyOf(read.keySet()), "only existing DOUBLE columns");
        double[] energy = read.get("energy_ev");
        assertEquals(rows.size(), energy.length);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Double.doubleToRawLongBits(rows.get(i).energyEv()), Double.doubleToRawLongBits(energy[i]), "row " + i);
        }
        double[] expectedLog = rows.stream().filter(r -> r.log10T() != null).mapToDouble(ParquetPartWriterTest.Row::log10T).toArray();
        double[] log = read.get("log10_t");
        assertEquals(expectedLog.length, log.length, "missing values are skipped");
        assertFalse(expectedLog.length == rows.size(), "the fixture has missing values");
        for (int i = 0; i < log.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expectedLog[i]), Double.doubleToRawLongBits(log[i]), "value " + i);
        }
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void byRowKeepsMissingValuesAsNaNInTheirRows(Codec codec) throws Exception {
        List<ParquetPartWriterTest.Row> rows = ParquetPartWriterTest.expectedRows(3000);
        Path part = dir.resolve("part-00001.parquet");
        WriterOptions small = WriterOptions.defaults().withPageBytes(WriterOptions.MIN_PAGE_BYTES).withRowGroupBytes(16 << 10);
        ParquetPartWriterTest.write(part, rows, codec, Map.of(), small);
        double[] log = ParquetColumnReader.readDoublesByRow(part, List.of("log10_t")).get("log10_t");
        assertEquals(rows.size(), log.length, "one value per row");
        int missing = 0;
        for (int i = 0; i < rows.size(); i++) {
            Double expected = rows.get(i).log10T();
            if (expected == null) {
                assertTrue(Double.isNaN(log[i]), "row " + i);
                missing++;
            } else {
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(log[i]), "row " + i);
            }
        }
        assertTrue(missing > 0, "the fixture has missing values");
    }
}
