/** What every command-line tool shares: the one argument reader, exit statuses, usage errors and the stderr progress line. */
package org.musicrec.tools.cli;
