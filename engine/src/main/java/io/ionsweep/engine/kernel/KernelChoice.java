package io.ionsweep.engine.kernel;

import java.util.Locale;

/** Which kernel to run: {@code auto} takes the vector one when the Vector API is available. */
public enum KernelChoice {
    AUTO, SCALAR, VECTOR;

    /** Parses {@code auto|scalar|vector} (any case). */
    public static KernelChoice parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kernel must be one of auto, scalar, vector; got '" + text + "'");
        }
    }
}
