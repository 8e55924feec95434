/**
 * The demo's own data, generated and seeded: an FMA-format catalogue (through the catalogue's
 * generator), FMA-style ZIPs of synthetic clips whose sound depends on the genre, and listening
 * histories drawn from a latent taste model. The model is documented in docs/demo-data.md.
 */
package org.musicrec.tools.generate;
