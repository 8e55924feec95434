/** Cross-cutting platform pieces: configuration, wiring of Mongo and Kafka, health, dev services. */
package org.musicrec.platform;
