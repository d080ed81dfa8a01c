package io.ionsweep.engine.kernel.panama;

import static io.ionsweep.engine.kernel.panama.VectorConstants.DOUBLES;

import java.util.function.UnaryOperator;
import jdk.incubator.vector.DoubleVector;

/** Applies VectorKernelMath to arrays; loaded only when the Vector API module is present. */
final class VectorKernelMathProbe {
    private VectorKernelMathProbe() {}

    static double[] apply(String function, double[] x) {
        UnaryOperator<DoubleVector> f = switch (function) {
            case "expm1" -> VectorKernelMath::expm1NonPositive;
            case "exp" -> VectorKernelMath::expNonPositive;
            case "log" -> VectorKernelMath::log;
            case "log1p" -> VectorKernelMath::log1pNonNegative;
            case "sin", "cos" -> v -> {
                double[] out = new double[2 * v.length()];
                VectorKernelMath.sinCosNonNegative(v, out, 0, v.length());
                return DoubleVector.fromArray(v.species(), out, function.equals("sin") ? 0 : v.length());
            };
            default -> throw new IllegalArgumentException(function);
        };
        double[] y = new double[x.length];
        for (int i = 0; i < DOUBLES.loopBound(x.length); i += DOUBLES.length()) {
            f.apply(DoubleVector.fromArray(DOUBLES, x, i)).intoArray(y, i);
        }
        return y;
    }
}
