package org.musicrec.catalog.fma;

/**
 * Bounds on input from outside. A field over {@code maxFieldChars} makes its row malformed; a row
 * over {@code maxRowChars} (usually an unterminated quote swallowing the file) ends the file, so
 * a broken file can never hold the whole of it in memory. The row limit is enforced on the
 * characters the CSV parser pulls, which it reads ahead in blocks of 8 KiB, hence its floor.
 */
public record CsvLimits(int maxFieldChars, int maxRowChars, int maxColumns, long maxRows) {
    /** Real FMA artist bios run to tens of KB; these leave two orders of magnitude of headroom. */
    public static final CsvLimits DEFAULT = new CsvLimits(1 << 20, 4 << 20, 256, 10_000_000L);

    public CsvLimits {
        if (maxFieldChars <= 0 || maxRowChars < Math.max(maxFieldChars, 16_384) || maxColumns <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("limits must be positive, maxRowChars >= 16384 and >= maxFieldChars");
        }
    }
}
