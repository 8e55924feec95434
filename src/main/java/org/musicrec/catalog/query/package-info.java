/** Read queries over the catalogue for the API: paged track search and the genre tree. */
package org.musicrec.catalog.query;
