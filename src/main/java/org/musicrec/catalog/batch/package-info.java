/** The catalog-import Jakarta Batch job: a chunk step per FMA file, thin around the catalogue core. */
package org.musicrec.catalog.batch;
