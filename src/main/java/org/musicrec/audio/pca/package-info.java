/** Standardisation and principal component analysis of track feature vectors, with a storable model for projecting new tracks. */
package org.musicrec.audio.pca;
