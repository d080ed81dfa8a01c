package io.ionsweep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MapGridTest {
    @Test
    void cellsReachHalfwayToTheirNeighbours() {
        assertArrayEquals(new double[] {-0.5, 0.5, 2, 4}, MapGrid.edges(new double[] {0, 1, 3}), 1e-15);
        assertArrayEquals(new double[] {1.5, 2.5}, MapGrid.edges(new double[] {2}), 1e-15);
        assertArrayEquals(new double[] {95, 105}, MapGrid.edges(new double[] {100}), 1e-12);
    }

    @Test
    void rowsArePlacedByValueAndMissingCellsAreNaN() {
        MapGrid g = MapGrid.of(new double[] {2, 1, 2}, new double[] {0.5, 0.5, -0.0}, new double[] {7, 8, 9});
        assertArrayEquals(new double[] {1, 2}, g.xs());
        assertArrayEquals(new double[] {0, 0.5}, g.ys());
        assertTrue(Double.isNaN(g.z()[0][0]));
        assertEquals(8, g.z()[0][1]);
        assertEquals(9, g.z()[1][0]);
        assertEquals(7, g.z()[1][1]);
    }

    @Test
    void sharedCellsAreFoundIncludingSignedZero() {
        assertEquals(List.of(), MapGrid.sharedCells(new double[] {1, 1, 2}, new double[] {0, 1, 0}));
        assertEquals(List.of(List.of(0, 2)), MapGrid.sharedCells(new double[] {1, 1, 1}, new double[] {0, 1, -0.0}));
        assertEquals(List.of(), MapGrid.sharedCells(new double[] {1, Double.NaN}, new double[] {0, 0}), "no x: not placed");
    }
}
