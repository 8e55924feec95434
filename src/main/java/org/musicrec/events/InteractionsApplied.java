package org.musicrec.events;

import java.util.Set;

/**
 * CDI event fired (asynchronously) after a batch of activity events is durable in
 * {@code interactions}: the users whose interactions may have changed, for serving to fold in.
 */
public record InteractionsApplied(Set<String> userIds) {
}
