/** Alternating least squares (explicit and implicit feedback) in plain Java: training in checkpointable work units, fold-in and top-N scoring. */
package org.musicrec.recommend.als;
