/** The Kafka adapters of the activity capability: the publisher, the activity-log and interaction subscribers, dead letters. */
package org.musicrec.events.kafka;
