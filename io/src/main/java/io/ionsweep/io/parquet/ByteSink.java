package io.ionsweep.io.parquet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the bytes of a part go: a file channel, or in tests one that fails like a full disk. Only the three
 * operations a part writer needs, so a test double is a few lines.
 */
interface ByteSink extends Closeable {

    /** Writes all remaining bytes of {@code src}. */
    void write(ByteBuffer src) throws IOException;

    /** Forces written bytes to the storage device (fsync). */
    void sync() throws IOException;

    /** Opens a sink for a path, creating the file or truncating a stale one. */
    @FunctionalInterface
    interface Opener {
        ByteSink open(Path path) throws IOException;
    }

    Opener FILES = FileSink::new;

    final class FileSink implements ByteSink {
        private final FileChannel channel;

        FileSink(Path path) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        }

        @Override
        public void write(ByteBuffer src) throws IOException {
            while (src.hasRemaining()) {
                channel.write(src);
            }
        }

        @Override
        public void sync() throws IOException {
            channel.force(true);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
