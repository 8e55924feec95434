package org.musicrec.audio.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import org.musicrec.audio.AudioDecoder;
import org.musicrec.audio.DecodeException;
import org.musicrec.audio.FeatureExtractor;

/**
 * Decodes one file and computes its 154 FMA features. A file that cannot be decoded throws
 * {@link DecodeException}, which the job declares skippable: the skip listener records it and
 * the partition goes on. One clip in memory at a time.
 */
@Named
@Dependent
public class FeatureExtractionProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    String trueCentroid;

    private FeatureExtractor extractor;

    @Override
    public Object processItem(Object item) throws Exception {
        if (extractor == null) {
            extractor = new FeatureExtractor(new AudioDecoder(), !Boolean.parseBoolean(trueCentroid));
        }
        Path file = Path.of((String) item);
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (!stem.matches("\\d{1,12}")) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED,
                    "file name is not a track id (expected e.g. 000002.mp3): " + file.getFileName());
        }
        return new ExtractedTrack(Long.parseLong(stem), file.toString(), extractor.extract(file).values());
    }
}
