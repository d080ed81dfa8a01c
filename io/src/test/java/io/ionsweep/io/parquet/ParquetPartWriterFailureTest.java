package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unwritable places and full disks: clear errors, and nothing left behind. */
class ParquetPartWriterFailureTest {

    private static final String DISK_FULL = "No space left on device";
    private static final TableSchema SCHEMA = TableSchema.of(
            Column.required("id", ColumnType.INT64, "", ""),
            Column.required("energy_ev", ColumnType.DOUBLE, "eV", ""),
            Column.required("current_pa", ColumnType.DOUBLE, "pA", ""));

    @TempDir
    Path dir;

    /** A real file sink that fails like a full disk once {@code limit} bytes are written, or on fsync. */
    static ByteSink.Opener fullDiskAfter(long limit, boolean failSync) {
        return path -> {
            ByteSink real = ByteSink.FILES.open(path);
            return new ByteSink() {
                private long written;

                @Override
                public void write(ByteBuffer src) throws IOException {
                    if (written + src.remaining() > limit) {
                        throw new IOException(DISK_FULL);
                    }
                    written += src.remaining();
                    real.write(src);
                }

                @Override
                public void sync() throws IOException {
                    if (failSync) {
                        throw new IOException("Input/output error");
                    }
                    real.sync();
                }

                @Override
                public void close() throws IOException {
                    real.close();
                }
            };
        };
    }

    private static void appendRows(ParquetPartWriter writer, int rows) throws IOException {
        RowBuffer row = writer.row();
        for (int i = 0; i < rows; i++) {
            row.setLong(0, i).setDouble(1, i * 1e-3).setDouble(2, Math.sqrt(i));
            writer.append();
        }
    }

    @Test
    void parentThatIsARegularFileGivesAClearErrorAndNoFiles() throws Exception {
        Path blocker = Files.writeString(dir.resolve("summary"), "not a directory");
        Path part = blocker.resolve("part-00000.parquet");
        IOException e = assertThrows(IOException.class,
                () -> ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of()));
        assertTrue(e.getMessage().contains(part.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(blocker + " exists and is not a directory"), e.getMessage());
        assertEquals(List.of(blocker), ParquetPartWriterTest.listDir(dir));

        Path deeper = blocker.resolve("a/b/part-00000.parquet");
        IOException deep = assertThrows(IOException.class,
                () -> ParquetPartWriter.open(deeper, SCHEMA, Codec.ZSTD, Map.of()));
        assertTrue(deep.getMessage().contains(blocker + " exists and is not a directory"), deep.getMessage());
        assertEquals(List.of(blocker), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void temporaryNameTakenByADirectoryGivesAClearErrorAndIsLeftAlone() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        Path squatter = Files.createDirectory(AtomicFiles.tempSibling(part));
        IOException e = assertThrows(IOException.class,
                () -> ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of()));
        assertTrue(e.getMessage().contains("cannot open Parquet part " + part), e.getMessage());
        assertTrue(e.getMessage().contains(squatter.toString()), e.getMessage());
        assertTrue(Files.isDirectory(squatter), "not ours to delete");
        assertEquals(List.of(squatter), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void readOnlyDirectoryGivesAClearErrorWhenPermissionsAreEnforced() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("readonly"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Path probe = readOnly.resolve("probe");
            boolean enforced;
            try {
                Files.createFile(probe);
                Files.delete(probe);
                enforced = false;
            } catch (IOException expected) {
                enforced = true;
            }
            assumeTrue(enforced, "running as root: permissions do not stop writes (the other cases cover it)");
            Path part = readOnly.resolve("part-00000.parquet");
            IOException e = assertThrows(IOException.class,
                    () -> ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of()));
            assertTrue(e.getMessage().contains(part.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("AccessDeniedException"), e.getMessage());
            assertEquals(List.of(), ParquetPartWriterTest.listDir(readOnly));
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void diskFullWhileAppendingAbortsAndRemovesTheTemporaryFile() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        WriterOptions smallGroups = WriterOptions.defaults().withPageBytes(8 << 10).withRowGroupBytes(64 << 10);
        ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.UNCOMPRESSED, Map.of(), smallGroups,
                fullDiskAfter(200 << 10, false));
        IOException e = assertThrows(IOException.class, () -> appendRows(writer, 100_000));
        assertTrue(e.getMessage().contains("cannot write Parquet part " + part), e.getMessage());
        assertTrue(e.getMessage().contains(DISK_FULL), e.getMessage());
        assertTrue(writer.rows() > 0, "the failure came after some row groups were written");
        assertFalse(Files.exists(writer.tempPath()));
        assertThrows(IllegalStateException.class, writer::append);
        writer.close();
        assertEquals(List.of(), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void diskFullAtCommitLeavesNeitherTemporaryNorFinalFile() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of(),
                WriterOptions.defaults(), fullDiskAfter(4 << 10, false))) {
            appendRows(writer, 10_000);
            IOException e = assertThrows(IOException.class, writer::commit);
            assertTrue(e.getMessage().contains("cannot commit Parquet part " + part), e.getMessage());
            assertTrue(e.getMessage().contains(DISK_FULL), e.getMessage());
        }
        assertEquals(List.of(), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void failingFsyncAtCommitLeavesNeitherTemporaryNorFinalFile() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of(),
                WriterOptions.defaults(), fullDiskAfter(Long.MAX_VALUE, true))) {
            appendRows(writer, 1_000);
            IOException e = assertThrows(IOException.class, writer::commit);
            assertTrue(e.getMessage().contains("Input/output error"), e.getMessage());
        }
        assertEquals(List.of(), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void staleTemporaryFileFromACrashIsReplaced() throws Exception {
        Path part = dir.resolve("part-00000.parquet");
        Files.writeString(AtomicFiles.tempSibling(part), "half a parquet file from a killed run");
        PartInfo info;
        try (ParquetPartWriter writer = ParquetPartWriter.open(part, SCHEMA, Codec.ZSTD, Map.of())) {
            appendRows(writer, 500);
            info = writer.commit();
        }
        assertEquals(List.of(part), ParquetPartWriterTest.listDir(dir));
        try (DuckDb db = new DuckDb()) {
            assertEquals(500L, db.value("SELECT count(*) FROM read_parquet(" + DuckDb.literal(part) + ")"));
            assertEquals(info.bytes(), Files.size(part));
        }
    }
}
