package org.musicrec.recommend.als;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorkPlanTest {
    @Test
    void ordersItemBlocksThenUserBlocksPerIteration() {
        WorkPlan plan = new WorkPlan(25, 10, 2, 10); // 3 user blocks, 1 item block
        assertEquals(4, plan.unitsPerIteration());
        assertEquals(8, plan.size());
        assertEquals(new WorkUnit(0, 0, Side.ITEM, 0, 0, 10), plan.unit(0));
        assertEquals(new WorkUnit(1, 0, Side.USER, 0, 0, 10), plan.unit(1));
        assertEquals(new WorkUnit(3, 0, Side.USER, 2, 20, 25), plan.unit(3));
        assertEquals(new WorkUnit(5, 1, Side.USER, 0, 0, 10), plan.unit(5));
        assertTrue(plan.startsHalf(4));
        assertTrue(plan.startsHalf(5));
        assertFalse(plan.startsHalf(6));
        assertThrows(IndexOutOfBoundsException.class, () -> plan.unit(8));
    }
}
