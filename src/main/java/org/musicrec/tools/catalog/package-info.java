/** Command-line entry points of the catalogue: {@code ./musicrec import} and {@code ./musicrec generate-metadata}. */
package org.musicrec.tools.catalog;
