package io.ionsweep.engine.kernel;

/**
 * Chooses the transmission kernel once, at first use. The Vector API kernel is loaded only when the
 * {@code jdk.incubator.vector} module is in the boot layer; otherwise the scalar kernel runs and a
 * log line says how to enable the fast one. The system property {@code ionsweep.kernel}
 * ({@code auto|scalar|vector}) forces a choice, for A/B runs.
 */
public final class KernelProvider {
    public static final String PROPERTY = "ionsweep.kernel";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String PANAMA_CLASS = "io.ionsweep.engine.kernel.panama.PanamaTransmissionKernel";
    private static final System.Logger LOG = System.getLogger(KernelProvider.class.getName());

    private KernelProvider() {}

    private static final class Holder {
        static final TransmissionKernel DEFAULT =
                select(KernelChoice.parse(System.getProperty(PROPERTY, "auto")));
    }

    /** The kernel chosen at startup. */
    public static TransmissionKernel get() {
        return Holder.DEFAULT;
    }

    /** True when the Vector API module is present in this JVM. */
    public static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /**
     * A kernel for an explicit choice. {@code VECTOR} without the module is an error that says how
     * to enable it; {@code AUTO} falls back to scalar with a log line.
     */
    public static TransmissionKernel select(KernelChoice choice) {
        return switch (choice) {
            case SCALAR -> new ScalarTransmissionKernel();
            case VECTOR -> {
                if (!vectorModulePresent()) {
                    throw new IllegalStateException("the vector kernel needs the Vector API: run java with --add-modules "
                            + VECTOR_MODULE + " (./ionsweep does this)");
                }
                yield loadPanama();
            }
            case AUTO -> {
                if (vectorModulePresent()) {
                    yield loadPanama();
                }
                LOG.log(System.Logger.Level.INFO, "Vector API not available, using the scalar kernel; "
                        + "run java with --add-modules " + VECTOR_MODULE + " to enable the vector kernel");
                yield new ScalarTransmissionKernel();
            }
        };
    }

    private static TransmissionKernel loadPanama() {
        try {
            return (TransmissionKernel) Class.forName(PANAMA_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the vector kernel: " + e, e);
        }
    }
}
