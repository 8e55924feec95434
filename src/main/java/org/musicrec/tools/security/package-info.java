/** Command-line tools that make the secrets' hashes the configuration holds (service keys, the admin password). */
package org.musicrec.tools.security;
