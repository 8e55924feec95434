/** MicroProfile Health readiness: the application is ready when its store and broker answer and no consumer is stuck. */
package org.musicrec.platform.health;
