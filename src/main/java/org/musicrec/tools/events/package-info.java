/** The activity capability's command-line tools: {@code ./musicrec replay}. */
package org.musicrec.tools.events;
