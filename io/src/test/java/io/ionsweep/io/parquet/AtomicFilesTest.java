package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void createsParentsWritesAndReplacesWithoutLeavingTheTemporaryFile() throws Exception {
        Path manifest = dir.resolve("run/a/manifest.json");
        byte[] first = "{\"parts\":[]}".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeAtomically(manifest, first);
        assertArrayEquals(first, Files.readAllBytes(manifest));

        byte[] second = "{\"parts\":[\"part-00000.parquet\"],\"note\":\"Å\"}".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeAtomically(manifest, second);
        assertArrayEquals(second, Files.readAllBytes(manifest));
        assertEquals(List.of(manifest), ParquetPartWriterTest.listDir(manifest.getParent()));

        AtomicFiles.writeAtomically(manifest, new byte[0]);
        assertEquals(0, Files.size(manifest));
    }

    @Test
    void staleTemporaryFileIsReplaced() throws Exception {
        Path manifest = dir.resolve("manifest.json");
        Files.writeString(AtomicFiles.tempSibling(manifest), "garbage from a crash, longer than the new content");
        AtomicFiles.writeAtomically(manifest, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{}", Files.readString(manifest));
        assertEquals(List.of(manifest), ParquetPartWriterTest.listDir(dir));
    }

    @Test
    void temporarySiblingIsHiddenAndOutsideTheGlobs() {
        Path temp = AtomicFiles.tempSibling(dir.resolve("summary/part-00007.parquet"));
        assertEquals(dir.resolve("summary/.part-00007.parquet.tmp"), temp);
        assertTrue(!temp.getFileSystem().getPathMatcher("glob:*.parquet").matches(temp.getFileName()));
    }

    @Test
    void unwritableTargetGivesAClearErrorAndKeepsTheOldContent() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a directory");
        Path target = blocker.resolve("manifest.json");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.writeAtomically(target, new byte[] {1}));
        assertTrue(e.getMessage().contains("cannot write " + target), e.getMessage());
        assertTrue(e.getMessage().contains("exists and is not a directory"), e.getMessage());

        // A directory in the way of the final name: the rename fails, the temporary file goes.
        Path occupied = Files.createDirectory(dir.resolve("occupied.json"));
        Files.writeString(occupied.resolve("inside"), "keep me");
        IOException rename = assertThrows(IOException.class,
                () -> AtomicFiles.writeAtomically(occupied, new byte[] {1}));
        assertTrue(rename.getMessage().contains("cannot write " + occupied), rename.getMessage());
        assertEquals("keep me", Files.readString(occupied.resolve("inside")));
        assertEquals(List.of(blocker, occupied), ParquetPartWriterTest.listDir(dir));
    }
}
