/**
 * HTTP answers the application makes before and inside JAX-RS alike: RFC 9457 problem details,
 * written by the servlet filters of platform.security and mapped from exceptions by web.api.
 */
package org.musicrec.platform.http;
