package io.ionsweep.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The holder picks the vector kernel exactly when the module is present; forcing works both ways. */
class KernelProviderTest {

    @Test
    void autoFollowsTheModuleAndForcingEitherWorksOrSaysHowToEnableIt() {
        boolean present = KernelProvider.vectorModulePresent();
        assertEquals(present, ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent());
        String auto = KernelProvider.select(KernelChoice.AUTO).name();
        assertEquals(present, auto.startsWith("vector"), auto);
        assertEquals("scalar", KernelProvider.select(KernelChoice.SCALAR).name());
        if (present) {
            assertTrue(KernelProvider.select(KernelChoice.VECTOR).name().startsWith("vector"));
        } else {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> KernelProvider.select(KernelChoice.VECTOR));
            assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
        }
        // The default honours -Dionsweep.kernel (unset in the test JVMs: auto).
        assertEquals(auto, KernelProvider.get().name());
    }

    @Test
    void choicesParseInAnyCaseAndRejectOthers() {
        assertEquals(KernelChoice.VECTOR, KernelChoice.parse(" Vector "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelChoice.parse("gpu"));
        assertTrue(e.getMessage().contains("auto, scalar, vector"));
    }
}
