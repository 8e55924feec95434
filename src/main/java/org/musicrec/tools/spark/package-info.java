/**
 * {@code ./musicrec spark}: a Spark standalone cluster (one master, N workers, each its own JVM) on
 * 127.0.0.1 from Maven Central's Spark jars, for the demo and the tests of {@code engine=spark}.
 */
package org.musicrec.tools.spark;
