/** MongoDB wiring: one driver client, JNoSQL's document manager built on it, and a scanner limited to our classes. */
package org.musicrec.platform.mongo;
