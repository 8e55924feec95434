/** MicroProfile Health readiness: the application is ready when its store and broker answer. */
package org.musicrec.platform.health;
