/** Audio content features: pure-Java decoding to mono PCM and FMA-compatible MFCC, spectral centroid and zero-crossing-rate statistics. */
package org.musicrec.audio;
