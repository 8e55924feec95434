/** {@code ./musicrec features}: FMA-layout audio features of files, with the extractor the batch job uses. */
package org.musicrec.tools.features;
