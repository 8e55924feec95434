package org.musicrec.admin;

import java.util.List;

/**
 * The batch jobs this build deploys (job id = the file name of its job XML under
 * META-INF/batch-jobs), in pipeline order: each job consumes what the earlier ones stored. The one
 * list that the admin API, the pipeline runner, the console's forms and the demo go by.
 */
public final class BatchJobs {

    public static final String CATALOG_IMPORT = "catalog-import";
    public static final String SAMPLE_AUDIO = "sample-audio";
    public static final String EXTRACT_FEATURES = "extract-features";
    public static final String FIT_PCA = "fit-pca";
    public static final String REPLAY_HISTORY = "replay-history";
    public static final String TRAIN_ALS = "train-als";

    /** Every job, in the order the pipeline runs them. */
    public static final List<String> PIPELINE = List.of(CATALOG_IMPORT, SAMPLE_AUDIO, EXTRACT_FEATURES, FIT_PCA,
            REPLAY_HISTORY, TRAIN_ALS);

    /** The pipeline run's lease name (jobs' leases are named by the job id). */
    public static final String PIPELINE_LEASE = "pipeline";

    /**
     * Jobs that must not run twice at once anywhere in the cluster: each takes a lease named by its id
     * (see JobLaunches). sample-audio and extract-features write per file, idempotently, and may overlap.
     */
    public static final java.util.Set<String> LEASED = java.util.Set.of(CATALOG_IMPORT, FIT_PCA, REPLAY_HISTORY, TRAIN_ALS);

    private BatchJobs() {
    }

    public static boolean exists(String job) {
        return PIPELINE.contains(job);
    }
}
