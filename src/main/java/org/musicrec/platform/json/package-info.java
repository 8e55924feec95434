/** JSON-P factories shared by the hot paths, so no request looks the provider up again. */
package org.musicrec.platform.json;
