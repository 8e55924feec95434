/** The MongoDB adapter of the activity capability: per-(user, track) interactions written exactly once in effect. */
package org.musicrec.events.mongo;
