package io.ionsweep.engine.kernel.panama;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/** The one place where vector shapes are chosen. Loaded only when jdk.incubator.vector is present. */
final class VectorConstants {
    private VectorConstants() {}

    /** Energies per vector: the widest shape the CPU runs natively (8 doubles with AVX-512). */
    static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Long lanes of the same shape, for exponent arithmetic on the doubles' bits. */
    static final VectorSpecies<Long> LONGS = LongVector.SPECIES_PREFERRED;
}
