package io.ionsweep.engine.run;

/** Receives results in config id order, from a single thread. */
public interface PartSink {

    /** The next batch of a part; parts arrive whole and in increasing order. */
    void accept(BatchResult batch) throws Exception;

    /** Every batch of {@code part} has been accepted: make it durable. */
    void partComplete(long part) throws Exception;
}
