package org.musicrec.sampling;

import java.nio.file.Path;
import java.util.Set;

/**
 * Decides whether an entry name may become a file under the target folder, and which relative path.
 * The rules are stricter than any one file system so that a sample is safe to copy anywhere:
 * no parent steps, no absolute paths, no drive letters or colons, no backslashes, no control characters.
 */
public final class EntryNames {
    /** Names the sampler itself uses at the top of the target folder; an entry must not overwrite them. */
    static final Set<String> RESERVED = Set.of(Manifest.FILE_NAME, AudioSampler.TMP_DIR, AudioSampler.PLAN_FILE);
    private static final int MAX_NAME_CHARS = 1024;
    private static final int MAX_SEGMENT_CHARS = 255;

    private EntryNames() {
    }

    /** @return why the name is refused, or null when it is safe */
    public static String problem(String name) {
        if (name.isEmpty()) {
            return "empty name";
        }
        if (name.length() > MAX_NAME_CHARS) {
            return "name longer than " + MAX_NAME_CHARS + " characters";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 0) {
                return "NUL character in name";
            }
            if (c < 0x20 || c == 0x7f) {
                return "control character in name";
            }
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in name (Windows path separator)";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "drive letter (absolute Windows path)";
        }
        if (name.indexOf(':') >= 0) {
            return "colon in name (drive letter or alternate data stream)";
        }
        if (name.startsWith("/")) {
            return "absolute path";
        }
        // Segment scan without String.split: this runs once per entry of a 100,000-entry directory.
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            end = end < 0 ? name.length() : end;
            if (end - start == 2 && name.charAt(start) == '.' && name.charAt(start + 1) == '.') {
                return "parent-folder step '..' escapes the target folder";
            }
            if (end - start > MAX_SEGMENT_CHARS) {
                return "path segment longer than " + MAX_SEGMENT_CHARS + " characters";
            }
            start = end + 1;
        }
        return null;
    }

    /** The relative output path of a safe name: '.' and empty segments dropped; just the file name when flat. */
    public static String outputPath(String safeName, boolean flat) {
        if (!flat && !safeName.startsWith("./") && !safeName.contains("//") && !safeName.contains("/./")
                && !safeName.endsWith("/.")) {
            return safeName; // the common case, already clean
        }
        StringBuilder out = new StringBuilder();
        for (String segment : safeName.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (flat) {
                out.setLength(0);
            } else if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        return out.toString();
    }

    static boolean isReserved(String outputPath) {
        int slash = outputPath.indexOf('/');
        return RESERVED.contains(slash < 0 ? outputPath : outputPath.substring(0, slash));
    }

    /**
     * Resolves a relative output path under the target folder, re-checking the normalised result so that
     * nothing outside the folder is ever written, whatever slipped past {@link #problem(String)}.
     */
    static Path resolveInside(Path targetDir, String outputPath) {
        Path root = targetDir.toAbsolutePath().normalize();
        Path resolved = root.resolve(outputPath).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new SecurityException("entry path escapes the target folder: " + outputPath);
        }
        return resolved;
    }
}
