/** {@code ./musicrec demo}: the dev services, Payara Micro and the whole pipeline driven through the admin API, with its summary. */
package org.musicrec.tools.demo;
