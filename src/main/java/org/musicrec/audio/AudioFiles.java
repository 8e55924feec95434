package org.musicrec.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands a list of inputs (command line, job folder): files as given, folders searched (sorted, recursively) for audio extensions. */
public final class AudioFiles {
    public static final Set<String> EXTENSIONS = Set.of("mp3", "wav", "ogg", "flac");
    /** Folders with more files than this are refused rather than listed into memory. */
    public static final int MAX_FILES = 1_000_000;

    private AudioFiles() {
    }

    public static boolean hasAudioExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(AudioFiles::hasAudioExtension).sorted()
                            .limit(MAX_FILES + 1L).forEach(files::add);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            if (files.size() > MAX_FILES) {
                throw new IllegalArgumentException("more than " + MAX_FILES + " audio files; split the run");
            }
        }
        return files;
    }
}
