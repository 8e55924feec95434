package org.musicrec.catalog.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored path is served only when it is an audio file really inside a configured folder. */
class TrackAudioTest {
    @TempDir
    Path tmp;

    @Test
    void contentTypesFollowTheExtension() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("audio"));
        for (String[] c : new String[][] {{"a.mp3", "audio/mpeg"}, {"b.WAV", "audio/wav"}, {"c.ogg", "audio/ogg"}, {"d.flac", "audio/flac"}}) {
            Path f = Files.write(root.resolve(c[0]), new byte[] {1, 2, 3});
            TrackAudio.Clip clip = TrackAudio.resolve(f.toString(), List.of(root)).orElseThrow();
            assertEquals(c[1], clip.contentType());
            assertEquals(3, clip.length());
        }
    }

    @Test
    void pathsOutsideTheFoldersOrOfOtherTypesAreNotServed() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("audio"));
        Path secret = Files.write(tmp.resolve("secret.mp3"), new byte[] {9});
        Path text = Files.write(root.resolve("notes.txt"), new byte[] {9});
        Path link = Files.createSymbolicLink(root.resolve("escape.mp3"), secret);
        assertTrue(TrackAudio.resolve(secret.toString(), List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve(root + "/../secret.mp3", List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve(link.toString(), List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve(text.toString(), List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve("audio/a.mp3", List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve(root.resolve("missing.mp3").toString(), List.of(root)).isEmpty());
        assertTrue(TrackAudio.resolve(root.toString(), List.of(root)).isEmpty());
    }
}
