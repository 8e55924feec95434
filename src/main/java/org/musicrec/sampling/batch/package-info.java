/** The sample-audio Jakarta Batch job: a chunk step over the sampling plan, thin around the sampling core. */
package org.musicrec.sampling.batch;
