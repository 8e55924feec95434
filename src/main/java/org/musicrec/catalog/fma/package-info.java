/** Streaming readers, converters, importer and generator for the Free Music Archive's metadata CSV files. */
package org.musicrec.catalog.fma;
