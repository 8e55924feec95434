/** Bounded in-memory maps for state whose keys come from requests or files, so input cannot grow the heap. */
package org.musicrec.platform.memory;
