/** The music catalogue (tracks, albums, artists, genre tree) as JNoSQL entities, and the port an import writes to. */
package org.musicrec.catalog;
