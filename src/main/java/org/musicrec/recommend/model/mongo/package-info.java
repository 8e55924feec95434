/**
 * The MongoDB adapter of model versions: metadata and metrics in {@code als_models}, the factors
 * with their id dictionaries in {@code als_model_data} (chunks under the 16 MB document limit),
 * precomputed top lists in {@code als_user_recs}, and the one active version in {@code als_active}
 * (a single document, so activation and rollback are one atomic write).
 */
package org.musicrec.recommend.model.mongo;
