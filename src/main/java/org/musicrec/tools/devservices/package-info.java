/** The dev services: a real Kafka broker (KRaft) and a Mongo wire server on loopback, and the Payara Micro launcher. */
package org.musicrec.tools.devservices;
