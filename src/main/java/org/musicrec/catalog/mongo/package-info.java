/** The MongoDB adapter of the catalogue import: bulk upserts with the plain sync driver, in JNoSQL's document shape. */
package org.musicrec.catalog.mongo;
