package org.musicrec.events;

import java.util.Set;

/**
 * CDI event fired (synchronously, on the consumer's poll thread) when the interaction consumer group
 * gives this instance partitions: at its start and after every rebalance. Listeners of those
 * partitions may have had events applied by another instance meanwhile, so what serving keeps of
 * their interactions in memory may be behind the store.
 */
public record InteractionPartitionsAssigned(Set<Integer> partitions) {
}
