/** JAX-RS resources: validate, convert, delegate; errors leave through one problem-details mapper. */
package org.musicrec.web.api;
