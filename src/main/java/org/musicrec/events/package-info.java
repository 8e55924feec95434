/** Listener activity: events in through the API or a replay, onto the activity stream, stored once and folded into interactions. */
package org.musicrec.events;
