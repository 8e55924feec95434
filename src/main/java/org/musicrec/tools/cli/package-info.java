/** Conventions shared by the command-line tools: exit statuses, usage errors and the stderr progress line. */
package org.musicrec.tools.cli;
