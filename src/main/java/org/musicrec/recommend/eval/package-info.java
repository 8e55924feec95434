/** Offline evaluation of recommenders: interaction files, seeded splits, RMSE, ranking metrics and the most-popular baseline. */
package org.musicrec.recommend.eval;
