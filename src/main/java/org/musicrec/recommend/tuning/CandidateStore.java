package org.musicrec.recommend.tuning;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where finished evaluations are kept so a restarted search does not train them again (the batch job
 * keeps them in its checkpoint; the CLI in memory).
 */
public interface CandidateStore {
    Optional<CandidateResult> find(int candidate, int rung);

    void save(CandidateResult result);

    /** Results kept in a map (the caller may pre-fill it from a checkpoint). */
    static CandidateStore inMemory(Map<String, CandidateResult> map) {
        return new CandidateStore() {
            @Override
            public Optional<CandidateResult> find(int candidate, int rung) {
                return Optional.ofNullable(map.get(candidate + "/" + rung));
            }

            @Override
            public void save(CandidateResult result) {
                map.put(result.key(), result);
            }
        };
    }

    static CandidateStore inMemory() {
        return inMemory(new ConcurrentHashMap<>());
    }
}
