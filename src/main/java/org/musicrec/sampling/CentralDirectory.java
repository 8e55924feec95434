package org.musicrec.sampling;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An open archive, listed from its central directory only. The JDK's {@link ZipFile} reads the
 * end record and the central directory (ZIP64 included) and later seeks straight to each entry's
 * local header, so listing costs the size of the directory, not of the archive. It finds entries by
 * name, which is why {@link SamplingPlan} refuses duplicated names instead of guessing which is meant.
 */
public final class CentralDirectory implements AutoCloseable {
    private final Path archive;
    private final ZipFile zip;
    private final List<ArchiveEntry> entries;

    private CentralDirectory(Path archive, ZipFile zip, List<ArchiveEntry> entries) {
        this.archive = archive;
        this.zip = zip;
        this.entries = entries;
    }

    public static CentralDirectory open(Path archive) throws UnusableInputException {
        if (!Files.isRegularFile(archive)) {
            throw new UnusableInputException("archive not found or not a file: " + archive);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(archive.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnusableInputException("not a readable ZIP archive (corrupt, truncated or another format): "
                    + archive + ": " + e.getMessage(), e);
        }
        try {
            List<ArchiveEntry> list = new ArrayList<>(zip.size());
            for (ZipEntry e : Collections.list(zip.entries())) {
                list.add(new ArchiveEntry(list.size(), e.getName(), e.getSize(), e.getCompressedSize(), e.getCrc(),
                        e.getMethod(), e.isDirectory()));
            }
            return new CentralDirectory(archive, zip, List.copyOf(list));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw new UnusableInputException("unreadable central directory in " + archive + ": " + e.getMessage(), e);
        }
    }

    public Path archive() {
        return archive;
    }

    /** All entries in central-directory order (directories included). */
    public List<ArchiveEntry> entries() {
        return entries;
    }

    /** The entry's inflated bytes as the archive holds them; the caller bounds and checks them. */
    InputStream open(ArchiveEntry entry) throws IOException {
        ZipEntry e = zip.getEntry(entry.name());
        if (e == null) {
            throw new IOException("entry vanished from the central directory: " + entry.name());
        }
        return zip.getInputStream(e);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing with a clearer message
        }
    }
}
