/** The replay-history Jakarta Batch job: a listening history sent through the activity stream. */
package org.musicrec.events.batch;
