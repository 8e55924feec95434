package org.musicrec.audio;

/**
 * Checks the Vorbis identification and setup headers (Vorbis I specification, section 4.2) before
 * JOrbis reads them. JOrbis follows an early libvorbis that trusts these fields: it sizes arrays by a
 * codebook's entries times dimensions and by a residue's classifications raised to its classbook's
 * dimensions, reads a residue up to its announced end whatever the block size, and loops for ever on a
 * lattice codebook of no dimensions. The rules here are the ones later libvorbis releases added for
 * those cases, plus a budget on codebook size that no real encoder comes near.
 */
final class VorbisHeaders {
    /** Block size exponents the specification allows. */
    private static final int MIN_BLOCK_EXPONENT = 6;
    private static final int MAX_BLOCK_EXPONENT = 13;
    /**
     * Codebook values (entries, and entries times dimensions) JOrbis may unpack for one stream: well
     * above what libvorbis writes (the shared clip's books take a small fraction of it).
     */
    static final long CODEBOOK_BUDGET = 1L << 20;
    /** Floor 1 points per floor, as in libvorbis. */
    private static final int MAX_FLOOR1_POSTS = 65;

    private VorbisHeaders() {
    }

    /** What the identification header announces. */
    record Identification(int channels, int sampleRate, int shortBlock, int longBlock) {
    }

    static Identification identification(byte[] packet, int offset, int length, DecodeLimits limits) throws DecodeException {
        Bits b = new Bits(packet, offset, length);
        if (b.read(8) != 1 || !b.vorbis()) {
            throw corrupt("first Ogg packet is not a Vorbis identification header");
        }
        if (b.read(32) != 0) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, "Vorbis version is not 0");
        }
        int channels = (int) b.read(8);
        long rate = b.read(32);
        limits.checkStream("Vorbis", (int) Math.min(rate, Integer.MAX_VALUE), channels);
        b.read(32);
        b.read(32);
        b.read(32); // bitrates: hints only
        int shortExp = (int) b.read(4);
        int longExp = (int) b.read(4);
        if (shortExp < MIN_BLOCK_EXPONENT || longExp > MAX_BLOCK_EXPONENT || shortExp > longExp) {
            throw corrupt("Vorbis block sizes 2^" + shortExp + " and 2^" + longExp + " are not allowed");
        }
        if (b.read(1) != 1) {
            throw corrupt("Vorbis identification header has no framing bit");
        }
        return new Identification(channels, (int) rate, 1 << shortExp, 1 << longExp);
    }

    static void setup(byte[] packet, int offset, int length, Identification id) throws DecodeException {
        Bits b = new Bits(packet, offset, length);
        if (b.read(8) != 5 || !b.vorbis()) {
            throw corrupt("third Ogg packet is not a Vorbis setup header");
        }
        Book[] books = new Book[(int) b.read(8) + 1];
        long budget = CODEBOOK_BUDGET;
        for (int i = 0; i < books.length; i++) {
            books[i] = codebook(b, i, budget);
            budget -= books[i].values();
        }
        for (long n = b.read(6) + 1; n > 0; n--) {
            if (b.read(16) != 0) {
                throw corrupt("Vorbis time domain transform is not 0");
            }
        }
        int floors = (int) b.read(6) + 1;
        for (int i = 0; i < floors; i++) {
            floor(b, i, books.length);
        }
        int residues = (int) b.read(6) + 1;
        for (int i = 0; i < residues; i++) {
            residue(b, i, books, id);
        }
        int mappings = (int) b.read(6) + 1;
        for (int i = 0; i < mappings; i++) {
            mapping(b, i, id.channels(), floors, residues);
        }
        for (long n = b.read(6) + 1; n > 0; n--) {
            b.read(1);
            if (b.read(16) != 0 || b.read(16) != 0) {
                throw corrupt("Vorbis mode has a window or transform type other than 0");
            }
            index(b.read(8), mappings, "mode mapping");
        }
        if (b.read(1) != 1) {
            throw corrupt("Vorbis setup header has no framing bit");
        }
    }

    private record Book(long dim, long entries) {
        /** What JOrbis unpacks for it: a length and a code per entry, and a value per entry and dimension. */
        long values() {
            return entries + entries * dim;
        }
    }

    private static Book codebook(Bits b, int number, long budget) throws DecodeException {
        if (b.read(24) != 0x564342) {
            throw corrupt("Vorbis codebook " + number + " has no sync pattern");
        }
        Book book = new Book(b.read(16), b.read(24));
        long dim = book.dim();
        long entries = book.entries();
        // libvorbis's rule: dimensions and entries together within 24 bits
        if (dim < 1 || entries < 1 || ilog(dim) + ilog(entries) > 24) {
            throw corrupt("Vorbis codebook " + number + " has " + entries + " entries of " + dim + " dimensions");
        }
        if (book.values() > budget) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED, "Vorbis codebook " + number
                    + " takes the codebooks past the size any encoder writes (" + entries + " entries of " + dim + " dimensions)");
        }
        if (b.read(1) == 1) { // ordered lengths: runs of entries
            long length = b.read(5) + 1;
            for (long entry = 0; entry < entries; length++) {
                long run = b.read(ilog(entries - entry));
                if (run > entries - entry || length > 32) {
                    throw corrupt("Vorbis codebook " + number + " has more code lengths than entries");
                }
                entry += run;
            }
        } else {
            boolean sparse = b.read(1) == 1;
            for (long entry = 0; entry < entries; entry++) {
                if (!sparse || b.read(1) == 1) {
                    b.read(5);
                }
            }
        }
        long lookup = b.read(4);
        if (lookup == 1 || lookup == 2) {
            b.read(32);
            b.read(32);
            long valueBits = b.read(4) + 1;
            b.read(1);
            long values = lookup == 1 ? latticeValues(entries, dim, number) : entries * dim;
            b.skip(values * valueBits);
        } else if (lookup != 0) {
            throw corrupt("Vorbis codebook " + number + " has lookup type " + lookup);
        }
        return book;
    }

    /**
     * The largest r with r^dim at most entries. JOrbis finds it by stepping r in int arithmetic, which
     * overflows (and may not end) unless (r+1)^dim fits an int, so that is required too.
     */
    private static long latticeValues(long entries, long dim, int number) throws DecodeException {
        long r = (long) Math.floor(Math.pow(entries, 1.0 / dim));
        while (r > 1 && power(r, dim) > entries) {
            r--;
        }
        while (power(r + 1, dim) <= entries) {
            r++;
        }
        if (power(r + 1, dim) > Integer.MAX_VALUE) {
            throw new DecodeException(DecodeException.Reason.UNSUPPORTED,
                    "Vorbis lattice codebook " + number + " of " + dim + " dimensions is beyond the decoder's arithmetic");
        }
        return r;
    }

    /** base^exponent, saturating above the int range (all that matters here). */
    private static long power(long base, long exponent) {
        long p = 1;
        for (long i = 0; i < exponent; i++) {
            p *= base;
            if (p > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return p;
    }

    private static void floor(Bits b, int number, int books) throws DecodeException {
        long type = b.read(16);
        if (type == 0) {
            long order = b.read(8);
            long rate = b.read(16);
            long barkMap = b.read(16);
            b.read(6);
            b.read(8);
            if (order < 1 || rate < 1 || barkMap < 1) {
                throw corrupt("Vorbis floor " + number + " has order " + order + ", rate " + rate + ", bark map " + barkMap);
            }
            for (long n = b.read(4) + 1; n > 0; n--) {
                index(b.read(8), books, "floor 0 book");
            }
        } else if (type == 1) {
            int partitions = (int) b.read(5);
            int[] partitionClass = new int[partitions];
            int classes = 0;
            for (int i = 0; i < partitions; i++) {
                partitionClass[i] = (int) b.read(4);
                classes = Math.max(classes, partitionClass[i] + 1);
            }
            int[] dims = new int[classes];
            for (int c = 0; c < classes; c++) {
                dims[c] = (int) b.read(3) + 1;
                int subclasses = (int) b.read(2);
                if (subclasses > 0) {
                    index(b.read(8), books, "floor 1 master book");
                }
                for (int k = 0; k < 1 << subclasses; k++) {
                    long book = b.read(8) - 1;
                    if (book >= 0) {
                        index(book, books, "floor 1 subclass book");
                    }
                }
            }
            b.read(2);
            long rangeBits = b.read(4);
            int posts = 2;
            for (int i = 0; i < partitions; i++) {
                posts += dims[partitionClass[i]];
                b.skip(dims[partitionClass[i]] * rangeBits);
            }
            if (posts > MAX_FLOOR1_POSTS) {
                throw corrupt("Vorbis floor " + number + " has " + posts + " points");
            }
        } else {
            throw corrupt("Vorbis floor " + number + " has type " + type);
        }
    }

    private static void residue(Bits b, int number, Book[] books, Identification id) throws DecodeException {
        long type = b.read(16);
        if (type > 2) {
            throw corrupt("Vorbis residue " + number + " has type " + type);
        }
        long begin = b.read(24);
        long end = b.read(24);
        b.read(24); // partition size
        long classifications = b.read(6) + 1;
        int classbook = index(b.read(8), books.length, "residue classbook");
        // JOrbis reads a residue vector up to its announced end whatever the block holds
        if (begin > end || end > id.longBlock() / 2L * (type == 2 ? id.channels() : 1)) {
            throw corrupt("Vorbis residue " + number + " spans " + begin + ".." + end + ", beyond its block");
        }
        // libvorbis's rule: every classification word must be a codeword of the classbook
        long words = 1;
        for (long d = 0; d < books[classbook].dim; d++) {
            words *= classifications;
            if (words > books[classbook].entries) {
                throw corrupt("Vorbis residue " + number + " has more classification words than its classbook has entries");
            }
        }
        int[] cascade = new int[(int) classifications];
        for (int c = 0; c < classifications; c++) {
            int low = (int) b.read(3);
            cascade[c] = b.read(1) == 1 ? (int) b.read(5) << 3 | low : low;
        }
        for (int c = 0; c < classifications; c++) {
            for (int k = 0; k < 8; k++) {
                if ((cascade[c] & (1 << k)) != 0) {
                    index(b.read(8), books.length, "residue book");
                }
            }
        }
    }

    private static void mapping(Bits b, int number, int channels, int floors, int residues) throws DecodeException {
        if (b.read(16) != 0) {
            throw corrupt("Vorbis mapping " + number + " has a type other than 0");
        }
        int submaps = b.read(1) == 1 ? (int) b.read(4) + 1 : 1;
        if (b.read(1) == 1) {
            int bits = ilog(channels - 1L);
            for (long n = b.read(8) + 1; n > 0; n--) {
                long magnitude = b.read(bits);
                long angle = b.read(bits);
                if (magnitude == angle || magnitude >= channels || angle >= channels) {
                    throw corrupt("Vorbis mapping " + number + " couples channels " + magnitude + " and " + angle);
                }
            }
        }
        if (b.read(2) != 0) {
            throw corrupt("Vorbis mapping " + number + " has reserved bits set");
        }
        if (submaps > 1) {
            for (int c = 0; c < channels; c++) {
                index(b.read(4), submaps, "mapping submap");
            }
        }
        for (int s = 0; s < submaps; s++) {
            b.read(8);
            index(b.read(8), floors, "mapping floor");
            index(b.read(8), residues, "mapping residue");
        }
    }

    private static int index(long value, int count, String what) throws DecodeException {
        if (value < 0 || value >= count) {
            throw corrupt("Vorbis " + what + " " + value + " does not exist (" + count + " defined)");
        }
        return (int) value;
    }

    private static int ilog(long v) {
        return v <= 0 ? 0 : 64 - Long.numberOfLeadingZeros(v);
    }

    private static DecodeException corrupt(String message) {
        return new DecodeException(DecodeException.Reason.CORRUPT, message);
    }

    /** Vorbis bit packing: least significant bit first; reading past the packet's end is an error. */
    private static final class Bits {
        private final byte[] data;
        private final long end;
        private long bit;

        Bits(byte[] data, int offset, int length) {
            this.data = data;
            this.bit = offset * 8L;
            this.end = (offset + (long) length) * 8L;
        }

        long read(int bits) throws DecodeException {
            if (bit + bits > end) {
                throw corrupt("Vorbis header ends in the middle of a field");
            }
            long v = 0;
            for (int i = 0; i < bits; i++, bit++) {
                v |= (long) ((data[(int) (bit >>> 3)] >>> (bit & 7)) & 1) << i;
            }
            return v;
        }

        void skip(long bits) throws DecodeException {
            if (bits > end - bit) {
                throw corrupt("Vorbis header ends in the middle of a field");
            }
            bit += bits;
        }

        boolean vorbis() throws DecodeException {
            for (char c : "vorbis".toCharArray()) {
                if (read(8) != c) {
                    return false;
                }
            }
            return true;
        }
    }
}
