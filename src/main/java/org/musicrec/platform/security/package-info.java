/** Who may administer: password hashes, and one authentication mechanism for the admin API (HTTP Basic) and the console (form login). */
package org.musicrec.platform.security;
