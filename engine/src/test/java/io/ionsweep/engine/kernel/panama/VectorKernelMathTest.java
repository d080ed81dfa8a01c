package io.ionsweep.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ionsweep.engine.kernel.KernelMath;
import io.ionsweep.engine.kernel.KernelProvider;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every lane of VectorKernelMath equals KernelMath bit for bit, many times over so that the vector
 * code runs interpreted, in C1 and in C2 (where the Vector API's own transcendentals would differ).
 */
class VectorKernelMathTest {
    private static final int SIZE = 4096;
    private static final int ROUNDS = 60;

    @ParameterizedTest
    @ValueSource(strings = {"expm1", "exp", "sin", "cos", "log", "log1p"})
    void lanesEqualTheScalarFunctionBitForBitInEveryTier(String function) {
        assumeTrue(KernelProvider.vectorModulePresent(), "runs where jdk.incubator.vector is present");
        DoubleUnaryOperator scalar = switch (function) {
            case "expm1" -> KernelMath::expm1NonPositive;
            case "exp" -> KernelMath::expNonPositive;
            case "sin" -> KernelMath::sinNonNegative;
            case "cos" -> KernelMath::cosNonNegative;
            case "log1p" -> KernelMath::log1pNonNegative;
            default -> KernelMath::log;
        };
        SplittableRandom rnd = new SplittableRandom(function.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            double[] x = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                double magnitude = Math.exp(rnd.nextDouble(-700, 700) * (i % 3 == 0 ? 1 : 0.01));
                x[i] = switch (function) {
                    case "expm1" -> i % 5 == 0 ? -rnd.nextDouble(0, 60) : -Math.min(magnitude, 1e3);
                    case "exp" -> i % 5 == 0 ? -rnd.nextDouble(700, 800) : -Math.min(magnitude, 1e3);
                    case "sin", "cos" -> i % 5 == 0 ? rnd.nextDouble(0, 1e6) : Math.min(magnitude, 1e5);
                    case "log1p" -> i % 5 == 0 ? rnd.nextDouble(0, 1) : Math.min(magnitude, 1.0);
                    default -> i % 7 == 0 ? Double.MIN_VALUE * (1 + i) : magnitude;
                };
            }
            double[] y = VectorKernelMathProbe.apply(function, x);
            for (int i = 0; i < SIZE; i++) {
                double expected = scalar.applyAsDouble(x[i]);
                assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(y[i]),
                        () -> function + "(" + x[0] + "...) lane mismatch");
            }
        }
    }
}
