/** Kafka wiring: the one producer, the consumer loops, and the Kafka-free types that application code uses. */
package org.musicrec.platform.kafka;
