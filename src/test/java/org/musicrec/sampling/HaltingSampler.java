package org.musicrec.sampling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test helper run in a child JVM: samples, and after N files dies by {@link Runtime#halt} (no finally blocks,
 * no shutdown hooks, like kill -9), leaving a half-written temporary file as a kill during a copy would.
 */
public final class HaltingSampler {
    private HaltingSampler() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int haltAfter = Integer.parseInt(args[2]);
        try (AudioSampler s = AudioSampler.open(archive, target, ProcessKillResumeTest.OPTIONS, Map.of())) {
            s.run(SamplingCheckpoint.start(s.plan()), (outcome, next) -> {
                if (next.nextIndex() == haltAfter) {
                    Files.write(target.resolve(AudioSampler.TMP_DIR).resolve("entry-" + haltAfter + ".part"), new byte[100]);
                    Runtime.getRuntime().halt(137);
                }
            });
        }
    }
}
