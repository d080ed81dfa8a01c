package io.ionsweep.engine.kernel;

/**
 * Chooses the kernels (transmission; for the pole search the deflation, the complex slice
 * coefficients and the Dirichlet count's stiffness) once, at first use. The Vector API kernels are
 * loaded only when the {@code jdk.incubator.vector} module is in the boot layer; otherwise the scalar
 * ones run and a log line says how to enable the fast ones. The system property {@code ionsweep.kernel} ({@code auto|scalar|vector}) forces a choice for all,
 * for A/B runs. Under {@code auto} the pairs that agree bit for bit run scalar for their first calls
 * ({@link ScalarFirst}).
 */
public final class KernelProvider {
    public static final String PROPERTY = "ionsweep.kernel";
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String PANAMA_CLASS = "io.ionsweep.engine.kernel.panama.PanamaTransmissionKernel";
    private static final String PANAMA_DEFLATION_CLASS = "io.ionsweep.engine.kernel.panama.PanamaDeflationKernel";
    private static final String PANAMA_SLICES_CLASS = "io.ionsweep.engine.kernel.panama.PanamaComplexSliceKernel";
    private static final String PANAMA_STIFFNESS_CLASS = "io.ionsweep.engine.kernel.panama.PanamaStiffnessKernel";
    private static final System.Logger LOG = System.getLogger(KernelProvider.class.getName());
    /** The AUTO kernels that run scalar first, by kernel interface. */
    private static final java.util.Map<Class<?>, Object> SCALAR_FIRST = new java.util.concurrent.ConcurrentHashMap<>();
    /** The fallback is logged once, not once per kernel. */
    private static final java.util.concurrent.atomic.AtomicBoolean FALLBACK_LOGGED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private KernelProvider() {}

    private static final class Holder {
        static final TransmissionKernel DEFAULT =
                select(KernelChoice.parse(System.getProperty(PROPERTY, "auto")));
    }

    private static final class DeflationHolder {
        static final DeflationKernel DEFAULT =
                selectDeflation(KernelChoice.parse(System.getProperty(PROPERTY, "auto")));
    }

    private static final class SlicesHolder {
        static final ComplexSliceKernel DEFAULT =
                selectComplexSlices(KernelChoice.parse(System.getProperty(PROPERTY, "auto")));
    }

    private static final class StiffnessHolder {
        static final StiffnessKernel DEFAULT =
                selectStiffness(KernelChoice.parse(System.getProperty(PROPERTY, "auto")));
    }

    /** The kernel chosen at startup. */
    public static TransmissionKernel get() {
        return Holder.DEFAULT;
    }

    /** The deflation kernel chosen at startup (same choice as {@link #get()}). */
    public static DeflationKernel deflation() {
        return DeflationHolder.DEFAULT;
    }

    /** The complex slice-coefficient kernel chosen at startup (same choice as {@link #get()}). */
    public static ComplexSliceKernel complexSlices() {
        return SlicesHolder.DEFAULT;
    }

    /** The Dirichlet count's stiffness kernel chosen at startup (same choice as {@link #get()}). */
    public static StiffnessKernel stiffness() {
        return StiffnessHolder.DEFAULT;
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
        return choose(choice, TransmissionKernel.class, PANAMA_CLASS, ScalarTransmissionKernel::new,
                ScalarFirst::transmission);
    }

    /** The deflation kernel for an explicit choice, as {@link #select}. */
    public static DeflationKernel selectDeflation(KernelChoice choice) {
        // the scalar reference rounds differently: the switch's scalar half is the vector kernel's lanes one by one
        return choose(choice, DeflationKernel.class, PANAMA_DEFLATION_CLASS, ScalarDeflationKernel::new,
                (scalar, vector) -> ScalarFirst.deflation(vector));
    }

    /** The complex slice-coefficient kernel for an explicit choice, as {@link #select}. */
    public static ComplexSliceKernel selectComplexSlices(KernelChoice choice) {
        return choose(choice, ComplexSliceKernel.class, PANAMA_SLICES_CLASS, ScalarComplexSliceKernel::new,
                ScalarFirst::complexSlices);
    }

    /** The stiffness kernel for an explicit choice, as {@link #select}. */
    public static StiffnessKernel selectStiffness(KernelChoice choice) {
        return choose(choice, StiffnessKernel.class, PANAMA_STIFFNESS_CLASS, ScalarStiffnessKernel::new,
                ScalarFirst::stiffness);
    }

    /**
     * @param scalarFirst for pairs that agree bit for bit, wraps (scalar, vector) into the kernel that runs
     *                the scalar one for its first calls ({@link ScalarFirst}), under AUTO; or null
     */
    private static <T> T choose(KernelChoice choice, Class<T> type, String panamaClass,
                                java.util.function.Supplier<T> scalar, java.util.function.BinaryOperator<T> scalarFirst) {
        return switch (choice) {
            case SCALAR -> scalar.get();
            case VECTOR -> {
                if (!vectorModulePresent()) {
                    throw new IllegalStateException("the vector kernel needs the Vector API: run java with --add-modules "
                            + VECTOR_MODULE + " (./ionsweep does this)");
                }
                yield load(type, panamaClass);
            }
            case AUTO -> {
                if (vectorModulePresent()) {
                    if (scalarFirst == null) {
                        yield load(type, panamaClass);
                    }
                    // one switching kernel of each kind per JVM (one count of first calls), however often chosen
                    yield type.cast(SCALAR_FIRST.computeIfAbsent(type,
                            t -> scalarFirst.apply(scalar.get(), load(type, panamaClass))));
                }
                if (!FALLBACK_LOGGED.getAndSet(true)) {
                    LOG.log(System.Logger.Level.INFO, "Vector API not available, using the scalar kernel; "
                            + "run java with --add-modules " + VECTOR_MODULE + " to enable the vector kernel");
                }
                yield scalar.get();
            }
        };
    }

    private static <T> T load(Class<T> type, String className) {
        try {
            return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load the vector kernel: " + e, e);
        }
    }
}
