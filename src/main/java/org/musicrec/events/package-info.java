/** Listener activity: events in through the API, onto the activity stream, and stored once. */
package org.musicrec.events;
