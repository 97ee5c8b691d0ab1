package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterGridTest {
    @Test
    void namesAreSortedAndTheLastVariesFastest() {
        ParameterGrid grid = new ParameterGrid(Map.of("weights", List.of("u", "d"), "nNeighbors", List.of(1, 5, 9)));
        assertEquals(6, grid.size());
        assertEquals(List.of(
                Map.of("nNeighbors", 1, "weights", "u"), Map.of("nNeighbors", 1, "weights", "d"),
                Map.of("nNeighbors", 5, "weights", "u"), Map.of("nNeighbors", 5, "weights", "d"),
                Map.of("nNeighbors", 9, "weights", "u"), Map.of("nNeighbors", 9, "weights", "d")), grid.points());
        assertEquals(List.of("nNeighbors", "weights"), List.copyOf(grid.points().get(0).keySet()));
    }

    @Test
    void noNamesGiveOneEmptyPointAndNoValuesAreRefused() {
        assertEquals(List.of(Map.of()), new ParameterGrid(Map.of()).points());
        assertThrows(IllegalArgumentException.class, () -> new ParameterGrid(Map.of("alpha", List.of())));
    }
}
