/** Hyperparameter search for ALS: seeded random candidates, successive halving, validation on a split of the training part. Plain Java. */
package org.musicrec.recommend.tuning;
