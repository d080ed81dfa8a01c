package io.ionsweep.io.parquet;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression straight over zstd-jni and snappy-java. Parquet's own {@code CodecFactory} goes through
 * Hadoop's codec classes; this one needs no Hadoop at all. Compressors and decompressors reuse their output
 * buffer, which parquet allows (a returned {@link BytesInput} is consumed before the next call); like
 * parquet's own factory, one compressor per codec and level is cached and shared by all column chunks, so a
 * row group does not create a native context per column. Not thread-safe: one factory per writer.
 */
final class JniCompressionCodecFactory implements CompressionCodecFactory {

    private final int zstdLevel;
    private final Map<String, BytesInputCompressor> compressors = new HashMap<>();
    private final Map<CompressionCodecName, BytesInputDecompressor> decompressors = new HashMap<>();

    JniCompressionCodecFactory(int zstdLevel) {
        this.zstdLevel = zstdLevel;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
        return getCompressor(codecName, zstdLevel);
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codecName, int level) {
        String key = codecName == CompressionCodecName.ZSTD ? codecName + ":" + level : codecName.name();
        return compressors.computeIfAbsent(key, k -> switch (codecName) {
            case ZSTD -> new ZstdCompressor(level);
            case SNAPPY -> new SnappyCompressor();
            case UNCOMPRESSED -> new IdentityCompressor();
            default -> throw unsupported(codecName);
        });
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
        return decompressors.computeIfAbsent(codecName, k -> switch (codecName) {
            case ZSTD -> new ZstdDecompressor();
            case SNAPPY -> new SnappyDecompressor();
            case UNCOMPRESSED -> new IdentityDecompressor();
            default -> throw unsupported(codecName);
        });
    }

    @Override
    public void release() {
        compressors.values().forEach(BytesInputCompressor::release);
        compressors.clear();
        decompressors.values().forEach(BytesInputDecompressor::release);
        decompressors.clear();
    }

    private static IllegalArgumentException unsupported(CompressionCodecName codecName) {
        return new IllegalArgumentException("codec " + codecName + " is not available: allowed ZSTD, SNAPPY, UNCOMPRESSED");
    }

    /** Grows a reusable buffer to at least {@code size} bytes. */
    private static byte[] ensure(byte[] buffer, long size) throws IOException {
        if (size > Integer.MAX_VALUE - 8) {
            throw new IOException("page of " + size + " bytes is too large to compress");
        }
        return buffer.length >= size ? buffer : new byte[(int) Math.max(size, buffer.length * 2L)];
    }

    /** Collects a page's bytes into one reusable array (parquet hands pages over as concatenated pieces). */
    private static final class Gather extends OutputStream {
        private byte[] buffer = new byte[0];
        private int count;

        /** Copies {@code bytes} into {@link #buffer}; returns how many. */
        int gather(BytesInput bytes) throws IOException {
            long size = bytes.size();
            buffer = ensure(buffer, size);
            count = 0;
            bytes.writeAllTo(this);
            if (count != size) {
                throw new IOException("page reported " + size + " bytes but delivered " + count);
            }
            return count;
        }

        @Override
        public void write(int b) {
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.arraycopy(b, off, buffer, count, len);
            count += len;
        }
    }

    private static final class ZstdCompressor implements BytesInputCompressor {
        private final ZstdCompressCtx ctx;
        private final Gather in = new Gather();
        private byte[] out = new byte[0];

        ZstdCompressor(int level) {
            ctx = new ZstdCompressCtx().setLevel(level);
        }

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            int length = in.gather(bytes);
            out = ensure(out, Zstd.compressBound(length));
            int n = ctx.compressByteArray(out, 0, out.length, in.buffer, 0, length);
            return BytesInput.from(out, 0, n);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.ZSTD;
        }

        @Override
        public void release() {
            ctx.close();
        }
    }

    private static final class SnappyCompressor implements BytesInputCompressor {
        private final Gather in = new Gather();
        private byte[] out = new byte[0];

        @Override
        public BytesInput compress(BytesInput bytes) throws IOException {
            int length = in.gather(bytes);
            out = ensure(out, Snappy.maxCompressedLength(length));
            int n = Snappy.compress(in.buffer, 0, length, out, 0);
            return BytesInput.from(out, 0, n);
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.SNAPPY;
        }

        @Override
        public void release() {
            // heap buffers only
        }
    }

    private static final class IdentityCompressor implements BytesInputCompressor {
        @Override
        public BytesInput compress(BytesInput bytes) {
            return bytes;
        }

        @Override
        public CompressionCodecName getCodecName() {
            return CompressionCodecName.UNCOMPRESSED;
        }

        @Override
        public void release() {
            // nothing held
        }
    }

    /** Decompressors work on arrays; the ByteBuffer variant copies through them (reading is not our hot path). */
    private abstract static class ArrayDecompressor implements BytesInputDecompressor {
        private final Gather in = new Gather();

        /** Decompresses {@code in[0, inLength)} into all of {@code out}; returns the decompressed size. */
        abstract int decompress(byte[] in, int inLength, byte[] out) throws IOException;

        @Override
        public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
            byte[] out = new byte[decompressedSize];
            int length = in.gather(bytes);
            check(decompress(in.buffer, length, out), decompressedSize);
            return BytesInput.from(out);
        }

        @Override
        public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
                throws IOException {
            byte[] compressed = new byte[compressedSize];
            input.get(compressed);
            byte[] out = new byte[decompressedSize];
            check(decompress(compressed, compressedSize, out), decompressedSize);
            output.put(out);
        }

        private static void check(int actual, int expected) throws IOException {
            if (actual != expected) {
                throw new IOException("page decompressed to " + actual + " bytes, expected " + expected);
            }
        }

        @Override
        public void release() {
            // heap buffers only
        }
    }

    private static final class ZstdDecompressor extends ArrayDecompressor {
        private final ZstdDecompressCtx ctx = new ZstdDecompressCtx();

        @Override
        int decompress(byte[] in, int inLength, byte[] out) {
            return ctx.decompressByteArray(out, 0, out.length, in, 0, inLength);
        }

        @Override
        public void release() {
            ctx.close();
        }
    }

    private static final class SnappyDecompressor extends ArrayDecompressor {
        @Override
        int decompress(byte[] in, int inLength, byte[] out) throws IOException {
            int size = Snappy.uncompressedLength(in, 0, inLength);
            if (size != out.length) {
                throw new IOException("snappy page holds " + size + " bytes, expected " + out.length);
            }
            return Snappy.uncompress(in, 0, inLength, out, 0);
        }
    }

    private static final class IdentityDecompressor extends ArrayDecompressor {
        @Override
        int decompress(byte[] in, int inLength, byte[] out) {
            System.arraycopy(in, 0, out, 0, Math.min(inLength, out.length));
            return inLength;
        }
    }
}
