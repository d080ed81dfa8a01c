package io.ionsweep.io.parquet;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one Parquet part file of a dataset (e.g. {@code DIR/summary/part-00000.parquet}), crash-safely and
 * without Hadoop.
 *
 * <p>Rows go to a hidden temporary sibling ({@code .part-00000.parquet.tmp}, invisible to {@code *.parquet}
 * globs, DuckDB and Spark). {@link #commit()} writes the footer, fsyncs, renames the file atomically to its
 * final name and fsyncs the directory, so readers see either no part or a complete one. {@link #close()}
 * without a commit (an exception mid-write) deletes the temporary file. Any I/O failure aborts the writer,
 * removes the temporary file and throws an {@link IOException} naming the part and the reason.
 *
 * <pre>{@code
 * TableSchema schema = TableSchema.of(
 *         Column.required("config_id", ColumnType.INT64, "", "row of the sweep"),
 *         Column.required("energy_ev", ColumnType.DOUBLE, "eV", "ion kinetic energy"),
 *         Column.optionalDouble("log10_t", "", "log10 of the transmission"));
 * try (ParquetPartWriter w = ParquetPartWriter.open(dir.resolve("part-00000.parquet"), schema, Codec.ZSTD,
 *         Map.of("ionsweep.config", configJson))) {
 *     RowBuffer row = w.row();
 *     for (...) {
 *         row.setLong(0, id).setDouble(1, e).setDouble(2, log10T);
 *         w.append();
 *     }
 *     PartInfo part = w.commit();   // path, rows, bytes, sha256Hex
 * }
 * }</pre>
 * Not thread-safe: one writer per thread. One writer per final path at a time: a stale temporary file of the
 * same name (left by a crash) is replaced.
 */
public final class ParquetPartWriter implements AutoCloseable {

    private enum State { OPEN, COMMITTED, ABORTED }

    private final Path finalPath;
    private final Path tempPath;
    private final HashingOutputFile output;
    private final JniCompressionCodecFactory codecs;
    private final RowGroupWriter writer;
    private final RowBuffer row;
    private long rows;
    private State state = State.OPEN;

    private ParquetPartWriter(Path finalPath, Path tempPath, HashingOutputFile output,
            JniCompressionCodecFactory codecs, RowGroupWriter writer, RowBuffer row) {
        this.finalPath = finalPath;
        this.tempPath = tempPath;
        this.output = output;
        this.codecs = codecs;
        this.writer = writer;
        this.row = row;
    }

    /** Opens a part with the default {@link WriterOptions}. */
    public static ParquetPartWriter open(Path finalPath, TableSchema schema, Codec codec,
            Map<String, String> keyValueMetadata) throws IOException {
        return open(finalPath, schema, codec, keyValueMetadata, WriterOptions.defaults());
    }

    /**
     * Opens a part. Missing parent directories are created.
     *
     * @param finalPath        where the part appears on {@link #commit()}; must not exist yet
     * @param keyValueMetadata written to the footer next to {@code ionsweep.units} and
     *                         {@code ionsweep.descriptions} (JSON objects keyed by column name), which are reserved
     * @throws FileAlreadyExistsException if {@code finalPath} exists (parts are never overwritten)
     * @throws IOException                if the directory or the temporary file cannot be created
     */
    public static ParquetPartWriter open(Path finalPath, TableSchema schema, Codec codec,
            Map<String, String> keyValueMetadata, WriterOptions options) throws IOException {
        return open(finalPath, schema, codec, keyValueMetadata, options, ByteSink.FILES);
    }

    /** As {@link #open(Path, TableSchema, Codec, Map, WriterOptions)}, writing through {@code sinks} (tests). */
    static ParquetPartWriter open(Path finalPath, TableSchema schema, Codec codec,
            Map<String, String> keyValueMetadata, WriterOptions options, ByteSink.Opener sinks) throws IOException {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(options, "options");
        Path target = finalPath.toAbsolutePath();
        Map<String, String> metadata = SchemaMetadata.merge(schema, keyValueMetadata);
        refuseExisting(target);
        try {
            AtomicFiles.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new IOException("cannot open Parquet part " + target + ": " + e.getMessage(), e);
        }
        Path temp = AtomicFiles.tempSibling(target);
        HashingOutputFile output = new HashingOutputFile(temp, sinks);
        JniCompressionCodecFactory codecs = new JniCompressionCodecFactory(options.zstdLevel());
        try {
            RowGroupWriter writer = new RowGroupWriter(output, schema, codec, options, metadata, codecs);
            return new ParquetPartWriter(target, temp, output, codecs, writer, new RowBuffer(schema));
        } catch (IOException | RuntimeException e) {
            output.abort();
            codecs.release();
            if (output.created()) {
                AtomicFiles.deleteQuietly(temp);
            }
            throw new IOException("cannot open Parquet part " + target + " (temporary file " + temp + "): "
                    + AtomicFiles.describe(e), e);
        }
    }

    /** The reusable row to fill before each {@link #append()}. */
    public RowBuffer row() {
        return row;
    }

    public TableSchema schema() {
        return row.schema();
    }

    /** Rows appended so far. */
    public long rows() {
        return rows;
    }

    public Path finalPath() {
        return finalPath;
    }

    /** The hidden file rows go to until {@link #commit()}. */
    public Path tempPath() {
        return tempPath;
    }

    /**
     * Appends the current {@link #row()} and starts a fresh one (every column unset again).
     *
     * @throws IllegalStateException if a column was not set (nothing is written; the writer stays usable)
     * @throws IOException           if writing fails; the writer is then aborted and its temporary file deleted
     */
    public void append() throws IOException {
        requireOpen();
        row.requireComplete(rows);
        try {
            writer.write(row);
        } catch (IOException | RuntimeException e) {
            abort();
            throw failure("write", e);
        }
        rows++;
        row.next();
    }

    /**
     * Finishes the file and publishes it under its final name: footer, fsync, SHA-256, atomic rename, directory
     * fsync.
     *
     * @throws IOException if any step fails, or the final path appeared meanwhile; no temporary or final file
     *                     of this writer is left then
     */
    public PartInfo commit() throws IOException {
        requireOpen();
        try {
            writer.finish();
            output.finish();
            codecs.release();
            refuseExisting(finalPath);
            Files.move(tempPath, finalPath, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            abort();
            throw failure("commit", e);
        }
        state = State.COMMITTED;
        AtomicFiles.fsyncDirectory(finalPath.getParent());
        return new PartInfo(finalPath, rows, output.bytesWritten(), output.sha256Hex());
    }

    /** Without a prior {@link #commit()}: discards the part and deletes its temporary file. */
    @Override
    public void close() throws IOException {
        if (state == State.OPEN) {
            abort();
            if (Files.exists(tempPath, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("could not delete the temporary file " + tempPath + " of aborted part "
                        + finalPath);
            }
        }
    }

    private void abort() {
        state = State.ABORTED;
        writer.abort();
        output.abort();
        codecs.release();
        AtomicFiles.deleteQuietly(tempPath);
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("Parquet part " + finalPath + " is "
                    + (state == State.COMMITTED ? "already committed" : "aborted after an earlier failure"));
        }
    }

    private IOException failure(String action, Throwable cause) {
        return new IOException("cannot " + action + " Parquet part " + finalPath + " (temporary file " + tempPath
                + ", removed): " + AtomicFiles.describe(cause), cause);
    }

    private static void refuseExisting(Path target) throws FileAlreadyExistsException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null,
                    "refusing to overwrite an existing Parquet part");
        }
    }
}
