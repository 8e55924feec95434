package org.musicrec.sampling;

/**
 * One entry as the archive's central directory declares it. The sizes and CRC are claims, checked
 * while extracting; {@code index} is the entry's position in the central directory.
 *
 * @param size declared uncompressed size, -1 when the directory does not say
 * @param compressedSize declared stored size, -1 when unknown
 * @param method {@link java.util.zip.ZipEntry#STORED} or {@link java.util.zip.ZipEntry#DEFLATED}
 */
public record ArchiveEntry(int index, String name, long size, long compressedSize, long crc, int method,
                           boolean directory) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
}
