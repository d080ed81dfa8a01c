package io.ionsweep.engine.run;

/** Told, from the writing thread, how many configurations of this run are done. */
@FunctionalInterface
public interface ProgressListener {
    void progress(long done, long total);

    ProgressListener NONE = (done, total) -> {};
}
