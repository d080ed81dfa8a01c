package io.ionsweep.engine.observables;

/** An analytic function of complex energy, sampled as a mantissa and a log scale (derivative not needed). */
@FunctionalInterface
interface ComplexFunction {
    AmplitudeSample valueAt(double eRe, double eIm);
}
