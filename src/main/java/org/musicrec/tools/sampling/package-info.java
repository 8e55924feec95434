/** {@code ./musicrec sample}: a budgeted, reproducible subset of an audio ZIP, with the sampler the batch job uses. */
package org.musicrec.tools.sampling;
