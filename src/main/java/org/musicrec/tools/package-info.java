/**
 * The tools around the application, kept out of the WAR: the dev services, the demo launcher, the
 * data generators and every command-line entry point. Tools depend on the application, never the
 * reverse (ArchitectureTest).
 */
package org.musicrec.tools;
