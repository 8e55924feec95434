/**
 * Generated, seeded data for the demo, the tests and the benchmarks: FMA-format metadata with the
 * awkward cases ({@code ./musicrec generate-metadata}), FMA-style ZIPs of synthetic clips whose sound
 * depends on the genre, and listening histories drawn from a latent taste model
 * ({@code ./musicrec generate-demo}; the model is documented in docs/demo-data.md).
 */
package org.musicrec.tools.generate;
