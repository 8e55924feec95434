/** Chooses a budgeted, reproducible subset of the audio entries of a (possibly huge, ZIP64) archive and extracts only those, safely and resumably. */
package org.musicrec.sampling;
