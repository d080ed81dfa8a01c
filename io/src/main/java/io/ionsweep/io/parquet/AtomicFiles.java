package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Crash-safe publication of files: write under a hidden temporary name in the same directory, fsync, rename
 * atomically over the final name, fsync the directory. A reader sees the old file or the whole new one, never
 * a torn one, and after a crash at most a hidden {@code .NAME.tmp} is left, which no {@code *.json} or
 * {@code *.parquet} glob matches.
 */
public final class AtomicFiles {

    private static final String TEMP_PREFIX = ".";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Atomically creates or replaces {@code target} with {@code content} (e.g. a small JSON manifest), creating
     * missing parent directories. On failure the old content (if any) is untouched and no temporary file is left.
     */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + absolute + " atomically: " + e.getMessage(), e);
        }
        Path temp = tempSibling(absolute);
        boolean created = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                created = true;
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (created) {
                deleteQuietly(temp);
            }
            throw new IOException("cannot write " + absolute + " atomically: " + describe(e), e);
        }
        fsyncDirectory(dir);
    }

    /** The hidden temporary sibling a file is written under before it is renamed: {@code dir/.NAME.tmp}. */
    public static Path tempSibling(Path target) {
        Path name = target.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("path " + target + " names no file");
        }
        return target.resolveSibling(TEMP_PREFIX + name + TEMP_SUFFIX);
    }

    /**
     * Creates {@code dir} and its missing parents, fsyncing the parent of each new directory so the new entries
     * survive a crash. Errors say which directory and why (e.g. a regular file is in the way).
     */
    public static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.isDirectory(p); p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p)) {
                throw new IOException("cannot create directory " + absolute + ": " + p
                        + " exists and is not a directory");
            }
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path p = missing.pop();
            try {
                Files.createDirectory(p);
            } catch (FileAlreadyExistsException raced) {
                if (!Files.isDirectory(p)) {
                    throw raced;
                }
            } catch (IOException e) {
                throw new IOException("cannot create directory " + p + ": " + describe(e), e);
            }
            fsyncDirectory(p.getParent());
        }
    }

    /**
     * Forces a directory's entries (a rename, a new file) to storage. Platforms that cannot open a directory
     * (Windows) are skipped, since their rename is already as durable as they allow; a failing fsync is an error.
     */
    public static void fsyncDirectory(Path dir) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(dir, StandardOpenOption.READ);
        } catch (IOException | UnsupportedOperationException notSupported) {
            return;
        }
        try (channel) {
            channel.force(true);
        } catch (IOException e) {
            throw new IOException("cannot fsync directory " + dir + ": " + describe(e), e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort on an error path; the original error is what the caller reports
        }
    }

    /** "ExceptionType: message", since many IOException messages are only a path or only the OS reason. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
