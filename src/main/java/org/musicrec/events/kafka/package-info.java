/** The Kafka adapters of the activity capability: the publisher and the activity-log subscriber. */
package org.musicrec.events.kafka;
