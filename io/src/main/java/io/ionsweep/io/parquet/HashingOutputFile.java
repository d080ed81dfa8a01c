package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Hadoop-free parquet {@link OutputFile} for one local file that hashes (SHA-256) every byte on its way out
 * and fsyncs on close. Parquet writes a file strictly sequentially, so the digest of the stream is the digest
 * of the file, computed in the same pass instead of re-reading it.
 */
final class HashingOutputFile implements OutputFile {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Path path;
    private final ByteSink.Opener opener;
    private HashingStream stream;

    HashingOutputFile(Path path, ByteSink.Opener opener) {
        this.path = path;
        this.opener = opener;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
        return createOrOverwrite(blockSizeHint);
    }

    /** A stale file of the same (hidden temporary) name is from a crashed writer, so it is replaced. */
    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        if (stream != null) {
            throw new IllegalStateException("output " + path + " was already opened");
        }
        stream = new HashingStream(opener.open(path));
        return stream;
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return -1;
    }

    @Override
    public String getPath() {
        return path.toString();
    }

    /** Whether the file was created (so an abort has something to delete). */
    boolean created() {
        return stream != null;
    }

    /** Flushes, fsyncs and closes if parquet has not closed the stream already. */
    void finish() throws IOException {
        if (stream != null) {
            stream.close();
        }
    }

    /** Closes without flushing; the caller deletes the file. */
    void abort() {
        if (stream != null) {
            stream.abort();
        }
    }

    long bytesWritten() {
        return stream.position;
    }

    String sha256Hex() {
        if (!stream.closed) {
            throw new IllegalStateException("the digest is known only after the file is closed");
        }
        return HexFormat.of().formatHex(stream.digest.digest());
    }

    private static final class HashingStream extends PositionOutputStream {
        private final ByteSink sink;
        private final MessageDigest digest;
        private final byte[] buffer = new byte[BUFFER_BYTES];
        private int buffered;
        private long position;
        private boolean closed;

        HashingStream(ByteSink sink) {
            this.sink = sink;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform must provide SHA-256", e);
            }
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            if (buffered == buffer.length) {
                drain();
            }
            buffer[buffered++] = (byte) b;
            position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buffer.length) {
                drain();
                digest.update(b, off, len);
                sink.write(ByteBuffer.wrap(b, off, len));
            } else {
                if (len > buffer.length - buffered) {
                    drain();
                }
                System.arraycopy(b, off, buffer, buffered, len);
                buffered += len;
            }
            position += len;
        }

        private void drain() throws IOException {
            if (buffered > 0) {
                digest.update(buffer, 0, buffered);
                sink.write(ByteBuffer.wrap(buffer, 0, buffered));
                buffered = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            try (sink) {
                drain();
                sink.sync();
            }
            closed = true;
        }

        void abort() {
            if (closed) {
                return;
            }
            try {
                sink.close();
            } catch (IOException ignored) {
                // the file is deleted next; a failing close changes nothing about that
            }
            closed = true;
        }
    }
}
