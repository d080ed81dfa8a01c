package io.ionsweep.engine.sweep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnergyGridTest {

    @Test
    void linearGridIncludesBothEndsExactlyAndIsEquallySpaced() {
        EnergyGrid g = EnergyGrid.linear(0.001, 0.3, 1024);
        assertEquals(1024, g.size());
        assertEquals(0.001, g.energyEv(0));
        assertEquals(0.3, g.energyEv(1023));
        double step = (0.3 - 0.001) / 1023;
        for (int i = 1; i < g.size(); i++) {
            assertEquals(step, g.energyEv(i) - g.energyEv(i - 1), 1e-15);
        }
    }

    @Test
    void singlePointGridNeedsEqualEnds() {
        assertArrayEquals(new double[] {0.1}, EnergyGrid.linear(0.1, 0.1, 1).energiesEv());
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.linear(0.1, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.linear(0.2, 0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.linear(0.1, 0.1, 5));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.linear(0.0, Double.POSITIVE_INFINITY, 5));
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.linear(0.0, 1.0, 0));
    }

    @Test
    void valuesAreCopiedInAndOut() {
        double[] e = {0.3, 0.1, 0.2};
        EnergyGrid g = EnergyGrid.values(e);
        e[0] = 9;
        assertEquals(0.3, g.energyEv(0));
        g.energiesEv()[1] = 9;
        assertEquals(0.1, g.energyEv(1));
        assertEquals(3, g.size());
        assertThrows(IllegalArgumentException.class, () -> EnergyGrid.values(0.1, Double.NaN));
        assertThrows(IllegalArgumentException.class, EnergyGrid::values);
    }
}
