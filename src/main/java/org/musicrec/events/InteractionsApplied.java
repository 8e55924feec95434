package org.musicrec.events;

import java.util.List;
import java.util.Set;

/**
 * CDI event fired (asynchronously) after a batch of activity events is durable in
 * {@code interactions}: the users whose interactions may have changed, for serving to fold in, and
 * what each written (user, track) document holds now, so serving need not read it back.
 */
public record InteractionsApplied(Set<String> userIds, List<Interaction> written) {
}
