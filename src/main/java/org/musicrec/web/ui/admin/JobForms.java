package org.musicrec.web.ui.admin;

import java.util.List;
import java.util.Optional;
import org.musicrec.admin.BatchJobs;

/**
 * The parameter forms of the batch jobs, in pipeline order, with the defaults the jobs document
 * (job XML and parameter parsers). A field left blank is not sent, so the job's own default applies.
 */
public final class JobForms {

    private final List<JobForm> forms;

    public JobForms(String dataDir) {
        String d = dataDir.endsWith("/") ? dataDir : dataDir + "/";
        forms = List.of(
                new JobForm(BatchJobs.CATALOG_IMPORT, "FMA metadata (fma_metadata.zip or a folder of its CSV files) into the catalogue", List.of(
                        new JobForm.Field("source", "", "a zip or folder (required)"),
                        new JobForm.Field("files", "", "subset of the CSV files, comma-separated"),
                        new JobForm.Field("batchSize", "500", "rows per chunk"),
                        new JobForm.Field("skipLimit", "1000", "malformed rows tolerated"))),
                new JobForm(BatchJobs.SAMPLE_AUDIO, "a budgeted subset of an audio ZIP, extracted safely", List.of(
                        new JobForm.Field("archive", "", "the ZIP (required)"),
                        new JobForm.Field("target", "", "folder to extract into (required)"),
                        new JobForm.Field("maxFiles", "100", "most files"),
                        new JobForm.Field("maxBytes", "", "most bytes (K/M/G)"),
                        new JobForm.Field("strategy", "random", "first | random | stratified"),
                        new JobForm.Field("seed", "2026", "seed of the random choice"),
                        new JobForm.Field("metadata", "", "tracks.csv for stratified"))),
                new JobForm(BatchJobs.EXTRACT_FEATURES, "MFCC, spectral centroid and zero-crossing rate of every audio file", List.of(
                        new JobForm.Field("audioDir", d + "audio-real", "folder of audio files (required)"),
                        new JobForm.Field("partitions", "2", "parallel partitions"),
                        new JobForm.Field("skipLimit", "", "undecodable files tolerated"))),
                new JobForm(BatchJobs.FIT_PCA, "PCA of the features; every track projected", List.of(
                        new JobForm.Field("explainedVariance", "0.9", "share of the variance to keep"))),
                new JobForm(BatchJobs.REPLAY_HISTORY, "a listening history into the activity stream", List.of(
                        new JobForm.Field("file", d + "hetrec2011-lastfm-2k/user_artists.dat", "the history file (required)"),
                        new JobForm.Field("format", "hetrec", "hetrec | movielens | csv"),
                        new JobForm.Field("mapping", "", "source-id,track-id CSV"),
                        new JobForm.Field("batchSize", "500", "events per chunk"))),
                new JobForm(BatchJobs.TRAIN_ALS, "ALS on the interactions, evaluated against the popularity baseline", List.of(
                        new JobForm.Field("implicit", "true", "true | false"),
                        new JobForm.Field("rank", "", "latent factors"),
                        new JobForm.Field("reg", "", "regularisation"),
                        new JobForm.Field("alpha", "", "confidence scale (implicit)"),
                        new JobForm.Field("iterations", "", "ALS sweeps"),
                        new JobForm.Field("seed", "2026", "seed"),
                        new JobForm.Field("confidence", "", "raw | log | bm25 (implicit)"),
                        new JobForm.Field("solver", "", "cg | cholesky (implicit training)"),
                        new JobForm.Field("cgSteps", "", "CG steps per row (solver cg)"),
                        new JobForm.Field("biases", "false", "mean + user and item biases (explicit, local engine)"),
                        new JobForm.Field("testFraction", "0.2", "held out for evaluation"),
                        new JobForm.Field("k", "10", "cut-off of the ranking metrics"),
                        new JobForm.Field("tune", "false", "search rank, reg, alpha, confidence, iterations (explicit: biases) first"),
                        new JobForm.Field("candidates", "", "at most this many candidates (tune)"),
                        new JobForm.Field("budgetSeconds", "", "time budget of the search (tune)"),
                        new JobForm.Field("activate", "true", "serve the new version"))));
        if (!forms.stream().map(JobForm::job).toList().equals(BatchJobs.PIPELINE)) {
            throw new IllegalStateException("job forms out of step with the pipeline order");
        }
    }

    public List<JobForm> all() {
        return forms;
    }

    public Optional<JobForm> of(String job) {
        return forms.stream().filter(f -> f.job().equals(job)).findFirst();
    }
}
