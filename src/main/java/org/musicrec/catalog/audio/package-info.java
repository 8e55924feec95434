/** The sampled audio clip of a track, found from its stored record only and kept inside the configured folders. */
package org.musicrec.catalog.audio;
