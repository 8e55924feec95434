package org.musicrec.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Extracts one planned entry: inflates into a temporary file inside the target folder while counting
 * and CRC-ing, refuses on any disagreement with the central directory, and only then renames the file
 * into place atomically, so a kill at any moment leaves either the whole checked file or nothing.
 * Problems of the archive's data refuse the entry; problems writing the target folder are thrown.
 */
final class EntryExtractor {
    private static final int BUFFER = 64 * 1024;

    private final CentralDirectory archive;
    private final Path root;
    private final Path tmpDir;
    private final byte[] buffer = new byte[BUFFER];
    /** Folders already created or checked in this run; the sampler is their only writer meanwhile. */
    private final Set<Path> checkedFolders = new HashSet<>();

    EntryExtractor(CentralDirectory archive, Path targetDir, Path tmpDir) {
        this.archive = archive;
        this.root = targetDir.toAbsolutePath().normalize();
        this.tmpDir = tmpDir;
    }

    ExtractionOutcome extract(PlannedEntry p) throws IOException {
        ArchiveEntry e = p.entry();
        Path out;
        try {
            out = EntryNames.resolveInside(root, p.outputPath());
        } catch (SecurityException ex) {
            return ExtractionOutcome.refused(p, ex.getMessage());
        }
        if (alreadyThere(out, e)) {
            return new ExtractionOutcome(p, ExtractionOutcome.Kind.KEPT, null);
        }
        String linkProblem = makeParents(out.getParent());
        if (linkProblem != null) {
            return ExtractionOutcome.refused(p, linkProblem);
        }
        // Named by plan index: unique within a run, and a killed run's leftovers are swept at the next start.
        Path tmp = tmpDir.resolve("entry-" + p.planIndex() + ".part");
        boolean renamed = false;
        try {
            String problem = copyChecked(e, tmp);
            if (problem != null) {
                return ExtractionOutcome.refused(p, problem);
            }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            renamed = true;
            return new ExtractionOutcome(p, ExtractionOutcome.Kind.EXTRACTED, null);
        } finally {
            if (!renamed) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** @return null when the data matched the declared size and CRC, else why not */
    private String copyChecked(ArchiveEntry e, Path tmp) throws IOException {
        CRC32 crc = new CRC32();
        long total = 0;
        try (OutputStream out = createNew(tmp)) {
            InputStream in;
            try {
                in = archive.open(e);
            } catch (IOException | RuntimeException ex) {
                return "unreadable entry: " + ex.getMessage();
            }
            try (in) {
                while (true) {
                    int n;
                    try {
                        // Never read more than one byte past the declared size: a lying entry stops here.
                        n = in.read(buffer, 0, (int) Math.min(buffer.length, e.size() - total + 1));
                    } catch (IOException | RuntimeException ex) {
                        return "corrupt data after " + total + " bytes: " + ex.getMessage();
                    }
                    if (n < 0) {
                        break;
                    }
                    total += n;
                    if (total > e.size()) {
                        return "inflates to more than the declared " + e.size() + " bytes";
                    }
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
        }
        if (total != e.size()) {
            return "truncated: " + total + " of the declared " + e.size() + " bytes";
        }
        if (crc.getValue() != e.crc()) {
            return "CRC mismatch: data " + Manifest.crcHex(crc.getValue()) + ", declared " + Manifest.crcHex(e.crc());
        }
        return null;
    }

    /** CREATE_NEW (O_EXCL) never follows a link that someone might have planted under the temporary name. */
    private static OutputStream createNew(Path tmp) throws IOException {
        try {
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException stale) { // left by a replayed item of this run
            Files.delete(tmp);
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /** Creates missing folders one by one so that a symbolic link planted in the target folder is never followed. */
    private String makeParents(Path parent) throws IOException {
        if (parent.equals(root) || checkedFolders.contains(parent)) {
            return null;
        }
        Path current = root;
        for (Path segment : root.relativize(parent)) {
            current = current.resolve(segment);
            if (Files.isSymbolicLink(current)) {
                return "target path goes through the symbolic link " + root.relativize(current);
            }
            if (Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                return "a file is in the way of folder " + root.relativize(current);
            }
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
        checkedFolders.add(parent);
        return null;
    }

    private boolean alreadyThere(Path out, ArchiveEntry e) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(out, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return false;
        }
        return attributes.isRegularFile() && attributes.size() == e.size() && crcOf(out) == e.crc();
    }

    private long crcOf(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
