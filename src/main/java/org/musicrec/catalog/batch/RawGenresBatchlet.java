package org.musicrec.catalog.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogSink;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.Track;
import org.musicrec.catalog.fma.CatalogImporter;
import org.musicrec.catalog.fma.FmaFile;
import org.musicrec.catalog.fma.FmaSource;
import org.musicrec.catalog.fma.ImportReport;
import org.musicrec.catalog.mongo.MongoCatalogSink;
import org.musicrec.platform.batch.JobProblems;
import org.musicrec.platform.mongo.MongoClientHolder;

/**
 * raw_genres.csv in one go: its tree has to be reconciled with genres.csv as a whole (the real files
 * disagree), which a row-by-row chunk cannot do. About 160 rows, so no checkpoint is needed.
 */
@Named
@Dependent
public class RawGenresBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    MongoClientHolder mongo;

    @Inject
    JobProblems problems;

    @Override
    public String process() throws Exception {
        CatalogJobParameters p = CatalogJobParameters.from(BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        try (FmaSource source = FmaSource.open(p.source())) {
            Set<FmaFile> plan = p.options().plan(source.files());
            if (!plan.contains(FmaFile.RAW_GENRES)) {
                return "not in the plan";
            }
            CatalogSink store = new MongoCatalogSink(mongo.database(), "catalog-import");
            CatalogImporter importer = new CatalogImporter(new CatalogSink() {
                @Override
                public void upsertGenres(List<Genre> genres) {
                    store.upsertGenres(genres);
                }

                @Override
                public void upsertArtists(List<Artist> artists) {
                    store.upsertArtists(artists);
                }

                @Override
                public void upsertAlbums(List<Album> albums) {
                    store.upsertAlbums(albums);
                }

                @Override
                public void upsertTracks(List<Track> tracks) {
                    store.upsertTracks(tracks);
                }

                @Override
                public void recordProblem(String file, long line, String reason) {
                    problems.record(job, step, file, line, reason);
                }
            }, p.options(), n -> { });
            importer.importFile(source, FmaFile.RAW_GENRES, plan);
            ImportReport report = importer.report();
            return "raw genres: " + report;
        }
    }
}
