package org.musicrec.recommend.training;

import java.io.Serializable;

/** The training step's checkpoint: the next work unit to solve (its state file holds the factors). */
record TrainCheckpoint(int nextUnit) implements Serializable {
}
