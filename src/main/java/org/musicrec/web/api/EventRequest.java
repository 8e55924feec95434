package org.musicrec.web.api;

/**
 * One event as a client sent it, each field typed but not yet checked, before defaults are applied;
 * {@link EventRequestParser} checks it by {@link org.musicrec.events.EventRules}.
 */
final class EventRequest {
    String eventId;
    String userId;
    String trackId;
    String type;
    Integer rating;
    Integer count;
    String at;
    Long msPlayed;
}
