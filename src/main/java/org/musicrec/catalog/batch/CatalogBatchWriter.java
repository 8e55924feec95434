package org.musicrec.catalog.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.musicrec.catalog.CatalogBatch;
import org.musicrec.catalog.mongo.MongoCatalogSink;
import org.musicrec.platform.mongo.MongoClientHolder;

/** Upserts a chunk's entities by id (the same sink as ./musicrec import), so re-runs update in place. */
@Named
@Dependent
public class CatalogBatchWriter extends AbstractItemWriter {

    @Inject
    MongoClientHolder mongo;

    @Override
    public void writeItems(List<Object> items) {
        new MongoCatalogSink(mongo.database(), "catalog-import").write(CatalogBatch.of(items));
    }
}
