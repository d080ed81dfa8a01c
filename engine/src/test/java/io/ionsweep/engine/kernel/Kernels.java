package io.ionsweep.engine.kernel;

import java.util.ArrayList;
import java.util.List;

/** The kernels a test can run in this JVM: scalar always, vector when the module is present. */
public final class Kernels {
    private Kernels() {}

    public static List<TransmissionKernel> available() {
        List<TransmissionKernel> list = new ArrayList<>();
        list.add(KernelProvider.select(KernelChoice.SCALAR));
        if (KernelProvider.vectorModulePresent()) {
            list.add(KernelProvider.select(KernelChoice.VECTOR));
        }
        return list;
    }
}
