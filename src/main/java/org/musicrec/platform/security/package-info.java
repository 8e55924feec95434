/** Who may administer: password hashes and the authentication of /api/admin requests. */
package org.musicrec.platform.security;
