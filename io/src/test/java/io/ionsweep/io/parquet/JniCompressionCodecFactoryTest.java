package io.ionsweep.io.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputCompressor;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.xerial.snappy.Snappy;

/**
 * The codec factory's round trips. That other readers accept the compressed pages is shown by DuckDB in
 * {@link ParquetPartWriterTest}; here the frames are also decoded by the libraries' one-shot decoders.
 */
class JniCompressionCodecFactoryTest {

    /** A page-like input given as several pieces, the way parquet concatenates page parts. */
    private static BytesInput page(byte[] bytes) {
        int cut = bytes.length / 3;
        return BytesInput.concat(BytesInput.from(bytes, 0, cut), BytesInput.from(bytes, cut, bytes.length - cut));
    }

    private static byte[] bytes(BytesInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        input.writeAllTo(out);
        return out.toByteArray();
    }

    private static byte[] compressible(int size) {
        byte[] data = new byte[size];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < size; i++) {
            data[i] = (byte) (i % 64 < 48 ? i % 7 : random.nextInt(256));
        }
        return data;
    }

    @ParameterizedTest
    @EnumSource(Codec.class)
    void roundTripsThroughBothDecompressorEntryPoints(Codec codec) throws Exception {
        JniCompressionCodecFactory factory = new JniCompressionCodecFactory(WriterOptions.DEFAULT_ZSTD_LEVEL);
        BytesInputCompressor compressor = factory.getCompressor(codec.parquetName());
        BytesInputDecompressor decompressor = factory.getDecompressor(codec.parquetName());
        assertEquals(codec.parquetName(), compressor.getCodecName());
        for (int size : new int[] {0, 1, 1000, 1 << 20}) {
            byte[] data = compressible(size);
            byte[] packed = bytes(compressor.compress(page(data)));
            if (codec != Codec.UNCOMPRESSED && size >= 1000) {
                assertTrue(packed.length < data.length / 2, codec + " " + size + " -> " + packed.length);
            }
            assertArrayEquals(data, bytes(decompressor.decompress(BytesInput.from(packed), size)));
            ByteBuffer out = ByteBuffer.allocate(size);
            decompressor.decompress(ByteBuffer.wrap(packed), packed.length, out, size);
            assertArrayEquals(data, out.array());
            byte[] independent = switch (codec) {
                case ZSTD -> Zstd.decompress(packed, size);
                case SNAPPY -> Snappy.uncompress(packed);
                case UNCOMPRESSED -> packed;
            };
            assertArrayEquals(data, independent);
        }
        factory.release();
    }

    @Test
    void wrongDecompressedSizeIsAnError() throws Exception {
        JniCompressionCodecFactory factory = new JniCompressionCodecFactory(WriterOptions.DEFAULT_ZSTD_LEVEL);
        for (Codec codec : new Codec[] {Codec.ZSTD, Codec.SNAPPY}) {
            byte[] packed = bytes(factory.getCompressor(codec.parquetName()).compress(page(compressible(4096))));
            assertThrows(Exception.class,
                    () -> factory.getDecompressor(codec.parquetName()).decompress(BytesInput.from(packed), 4095));
        }
        factory.release();
    }

    @Test
    void codecsWithoutAnImplementationAreRefused() {
        JniCompressionCodecFactory factory = new JniCompressionCodecFactory(WriterOptions.DEFAULT_ZSTD_LEVEL);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.getCompressor(CompressionCodecName.GZIP));
        assertTrue(e.getMessage().contains("GZIP"), e.getMessage());
    }
}
