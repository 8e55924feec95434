/**
 * The {@code train-als} batch job: snapshot the interactions, split them (seeded), run the ALS work
 * units as a checkpointed chunk step, evaluate against the most-popular baseline, store and activate
 * the model as a new version. Intermediate files live in a {@link TrainingWorkspace} per run.
 */
package org.musicrec.recommend.training;
