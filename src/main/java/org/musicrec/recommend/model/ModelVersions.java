package org.musicrec.recommend.model;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Where trained model versions are kept: training stores one, serving loads the active one, the
 * admin console lists and activates them. Storing is idempotent per model id (a restarted store
 * step replaces its own version rather than adding one); data goes before metadata and metadata
 * before activation, so a reader never finds an active version whose factors are missing.
 * Metadata documents are BSON because their shape is the admin API's answer.
 */
public interface ModelVersions {

    /** The version number of {@code modelId}: its own when stored before, else the next one. */
    int versionFor(String modelId);

    /** Stores the artifact, replacing whatever an earlier attempt left for the same model. */
    void storeArtifact(String modelId, ModelArtifact artifact) throws IOException;

    ModelArtifact loadArtifact(String modelId) throws IOException;

    /** Stores precomputed top lists of {@code modelId}, replacing any with the same user. */
    void storeUserLists(String modelId, List<UserTopList> lists);

    Optional<UserTopList> userList(String modelId, String userId);

    /** Writes the metadata document (complete: its data is stored). */
    void storeMetadata(Document model);

    /** Makes {@code modelId} the active version: one atomic write. */
    void activate(String modelId, int version);

    /** The active model's id, if any. */
    Optional<String> activeModelId();

    /** Every version's metadata, newest version first. */
    List<Document> list();

    Optional<Document> byVersion(int version);

    Optional<Document> byId(String modelId);
}
