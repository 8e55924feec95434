/** The dev services (a real Kafka broker and a Mongo wire server on loopback) and the demo launcher; never packaged in the WAR. */
package org.musicrec.tools.devservices;
