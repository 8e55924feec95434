/** The extract-features (partitioned) and fit-pca Jakarta Batch jobs, thin around the audio core. */
package org.musicrec.audio.batch;
