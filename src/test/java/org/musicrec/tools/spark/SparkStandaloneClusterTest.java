package org.musicrec.tools.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SparkStandaloneClusterTest {

    @Test
    void onlyAliveWorkersCountNotTheMasterOrTheApps() {
        String json = """
                { "url" : "spark://127.0.0.1:7077", "workers" : [ { "id" : "w1", "state" : "ALIVE" },
                  { "id" : "w2", "state" : "DEAD" }, { "id" : "w3", "state" : "ALIVE" } ],
                  "activeapps" : [ { "state" : "RUNNING" } ], "status" : "ALIVE" }""";
        assertEquals(2, SparkStandaloneCluster.countAlive(json));
        assertEquals(0, SparkStandaloneCluster.countAlive("{ \"workers\" : [ ], \"status\" : \"ALIVE\" }"));
        assertEquals(0, SparkStandaloneCluster.countAlive("not json"));
    }

    @Test
    void theNumberOfWorkersIsBounded() {
        assertThrows(IllegalArgumentException.class, () -> new SparkStandaloneCluster(Path.of("x"), Path.of("y"), 0, "1g"));
        assertThrows(IllegalArgumentException.class, () -> new SparkStandaloneCluster(Path.of("x"), Path.of("y"), 17, "1g"));
    }
}
