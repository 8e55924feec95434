package org.musicrec.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandArgsTest {

    private static CommandArgs parse(String... args) {
        return new CommandArgs(args, Set.of("port", "seed"), Set.of("dry-run"));
    }

    @Test
    void readsValuesFlagsAndPositionals() {
        CommandArgs a = parse("in.zip", "--port", "8081", "--seed=7", "--dry-run", "out");
        assertEquals(8081, a.getInt("port", 0));
        assertEquals(7, a.getInt("seed", 0));
        assertTrue(a.flag("dry-run"));
        assertEquals(List.of("in.zip", "out"), a.positional());
        assertEquals(5, parse().getInt("port", 5));
    }

    @Test
    void refusesUnknownOptionsMissingValuesAndBadNumbers() {
        assertThrows(UsageException.class, () -> parse("--prot", "1"));
        assertThrows(UsageException.class, () -> parse("--port"));
        assertThrows(UsageException.class, () -> parse("--port", "x").getInt("port", 0));
        assertThrows(UsageException.class, () -> parse("--seed", "1.5").getLong("seed", 0));
        assertThrows(UsageException.class, () -> parse("--seed", "ten").getDouble("seed", 0));
    }

    @Test
    void readsLongsAndDoubles() {
        assertEquals(-9_000_000_000L, parse("--seed", "-9000000000").getLong("seed", 0));
        assertEquals(2.5, parse("--seed", "2.5").getDouble("seed", 0), 0);
        assertEquals(3L, parse().getLong("seed", 3));
        assertEquals(0.5, parse().getDouble("port", 0.5), 0);
    }

    @Test
    void recognisesHelp() {
        assertTrue(parse("--help").help());
    }
}
