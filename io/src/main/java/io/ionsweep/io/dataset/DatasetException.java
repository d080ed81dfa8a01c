package io.ionsweep.io.dataset;

/** The output directory cannot be used as asked (not empty, another config, not a dataset): bad input. */
public final class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }
}
