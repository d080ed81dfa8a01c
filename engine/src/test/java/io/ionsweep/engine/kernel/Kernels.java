package io.ionsweep.engine.kernel;

import java.util.ArrayList;
import java.util.List;

/** The kernels a test can run in this JVM: scalar always, vector when the module is present. */
public final class Kernels {
    private Kernels() {}

    public static List<TransmissionKernel> available() {
        return both(KernelProvider::select);
    }

    /** The deflation kernels this JVM can run, scalar first. */
    public static List<DeflationKernel> availableDeflation() {
        return both(KernelProvider::selectDeflation);
    }

    /** The complex slice-coefficient kernels this JVM can run, scalar first. */
    public static List<ComplexSliceKernel> availableComplexSlices() {
        return both(KernelProvider::selectComplexSlices);
    }

    /** The Dirichlet count's stiffness kernels this JVM can run, scalar first. */
    public static List<StiffnessKernel> availableStiffness() {
        return both(KernelProvider::selectStiffness);
    }

    private static <T> List<T> both(java.util.function.Function<KernelChoice, T> select) {
        List<T> list = new ArrayList<>();
        list.add(select.apply(KernelChoice.SCALAR));
        if (KernelProvider.vectorModulePresent()) {
            list.add(select.apply(KernelChoice.VECTOR));
        }
        return list;
    }
}
