/**
 * The Spark engine of ALS: the training handed to Spark MLlib in a driver JVM of its own (the job jar
 * built from {@code spark/}), with the ratings and the factors exchanged through files on a path both
 * sides reach. Plain Java (processes and files): Spark itself is never on this side's class path.
 */
package org.musicrec.recommend.spark;
