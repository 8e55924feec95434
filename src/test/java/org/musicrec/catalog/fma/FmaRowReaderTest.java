package org.musicrec.catalog.fma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FmaRowReaderTest {
    private static final String TRACKS_HEADER = ",album,artist,artist,track,track\n,title,id,name,genres,title\ntrack_id,,,,,\n";

    private static FmaRowReader reader(String csv, FmaFile file) throws MalformedRowException {
        return new FmaRowReader(new StringReader(csv), file, CsvLimits.DEFAULT);
    }

    /** Reads to the end, collecting rows and problems as an importer would. */
    private static List<Object> drain(FmaRowReader r) {
        List<Object> out = new ArrayList<>();
        while (true) {
            try {
                CsvRow row = r.next();
                if (row == null) {
                    return out;
                }
                out.add(row);
            } catch (MalformedRowException e) {
                out.add(e);
            }
        }
    }

    @Test
    void threeRowHeaderAddressesColumnsAsGroupDotField() throws Exception {
        String csv = TRACKS_HEADER + "2,\"AWOL - A Way Of Life, Vol. 1\",1,Fósforo,\"[21, 76]\",Food\n";
        try (FmaRowReader r = reader(csv, FmaFile.TRACKS)) {
            CsvRow row = r.next();
            assertEquals(4, row.line());
            assertEquals("2", row.text("track_id"));
            assertEquals("AWOL - A Way Of Life, Vol. 1", row.text("album.title"));
            assertEquals("Fósforo", row.text("artist.name"));
            assertEquals(List.of(21, 76), row.intList("track.genres"));
            assertEquals("Food", row.text("track.title"));
            assertNull(r.next());
        }
    }

    @Test
    void rowsReportThePhysicalLineTheyStartOnAcrossEmbeddedNewlines() throws Exception {
        String csv = TRACKS_HEADER
                + "2,\"<p>one,\ntwo</p>\n<p>three</p>\",1,A,[21],\"x\"\"y\"\n"
                + "3,,2,B,[],\n"
                + "\n"
                + "5,T,3,C,[1],Z\n";
        try (FmaRowReader r = reader(csv, FmaFile.TRACKS)) {
            List<Object> rows = drain(r);
            assertEquals(3, rows.size());
            CsvRow first = (CsvRow) rows.get(0);
            assertEquals(4, first.line());
            assertEquals("<p>one,\ntwo</p>\n<p>three</p>", first.text("album.title"));
            assertEquals("x\"y", first.text("track.title"));
            CsvRow second = (CsvRow) rows.get(1);
            assertEquals(7, second.line());
            assertNull(second.text("album.title"), "an empty cell reads as null");
            assertEquals(List.of(), second.intList("track.genres"));
            assertEquals(9, ((CsvRow) rows.get(2)).line());
            assertEquals(3, r.position());
        }
    }

    @Test
    void wrongFieldCountIsSkippableAndReadingGoesOn() throws Exception {
        String csv = "genre_id,#tracks,parent,title,top_level\n1,10,0,Rock,1\n2,5,1\n3,1,1,\"Post, Rock\",1\n";
        try (FmaRowReader r = reader(csv, FmaFile.GENRES)) {
            List<Object> rows = drain(r);
            MalformedRowException e = (MalformedRowException) rows.get(1);
            assertEquals(3, e.line());
            assertEquals("genres.csv", e.file());
            assertTrue(e.reason().contains("expected 5 fields but found 3"), e.reason());
            assertEquals(false, e.fatal());
            assertEquals("Post, Rock", ((CsvRow) rows.get(2)).text("title"));
        }
    }

    @Test
    void unterminatedQuoteEndsTheFileWithAFatalProblemAtItsStartLine() throws Exception {
        String csv = "genre_id,#tracks,parent,title,top_level\n1,10,0,Rock,1\n2,5,1,\"Broken,1\n3,1,1,x,1\n";
        try (FmaRowReader r = reader(csv, FmaFile.GENRES)) {
            List<Object> rows = drain(r);
            assertEquals(2, rows.size());
            MalformedRowException e = (MalformedRowException) rows.get(1);
            assertEquals(3, e.line());
            assertTrue(e.fatal());
        }
    }

    @Test
    void limitsRejectAbsurdFieldsAndRows() throws Exception {
        CsvLimits small = new CsvLimits(10, 20_000, 10, 3);
        String longField = "genre_id,title\n1,short\n2," + "x".repeat(50) + "\n3,ok\n";
        try (FmaRowReader r = new FmaRowReader(new StringReader(longField), "g.csv", false, List.of("genre_id"), small)) {
            List<Object> rows = drain(r);
            assertTrue(((MalformedRowException) rows.get(1)).reason().contains("longer than 10"));
            assertEquals("ok", ((CsvRow) rows.get(2)).text("title"));
        }
        String runaway = "genre_id,title\n1,\"" + "y".repeat(100_000) + "\n";
        try (FmaRowReader r = new FmaRowReader(new StringReader(runaway), "g.csv", false, List.of("genre_id"), small)) {
            MalformedRowException e = assertThrows(MalformedRowException.class, r::next);
            assertTrue(e.fatal() && e.reason().contains("longer than 20000"), e.reason());
            assertNull(r.next());
        }
        String many = "genre_id,title\n1,a\n2,b\n3,c\n4,d\n";
        try (FmaRowReader r = new FmaRowReader(new StringReader(many), "g.csv", false, List.of("genre_id"), small)) {
            List<Object> rows = drain(r);
            assertEquals(4, rows.size());
            assertTrue(((MalformedRowException) rows.get(3)).fatal());
        }
    }

    @Test
    void missingRequiredColumnMakesTheFileUnusable() {
        MalformedRowException e = assertThrows(MalformedRowException.class,
                () -> reader("id,name\n1,x\n", FmaFile.GENRES));
        assertTrue(e.fatal() && e.reason().contains("missing column genre_id"), e.reason());
        assertThrows(MalformedRowException.class, () -> reader("", FmaFile.GENRES));
    }

    @Test
    void skipResumesAfterACheckpointCountingBadRowsToo() throws Exception {
        String csv = "genre_id,#tracks,parent,title,top_level\n1,1,0,A,1\n2,bad\n3,1,0,C,3\n4,1,0,D,4\n";
        try (FmaRowReader r = reader(csv, FmaFile.GENRES)) {
            r.skip(2);
            assertEquals(2, r.position());
            CsvRow next = r.next();
            assertEquals("3", next.text("genre_id"));
            assertEquals(4, next.line());
        }
    }

    @Test
    void byteOrderMarkDoesNotHideTheFirstColumn() throws Exception {
        try (FmaRowReader r = reader("\uFEFFgenre_id,#tracks,parent,title,top_level\n1,1,0,A,1\n", FmaFile.GENRES)) {
            assertEquals("1", r.next().text("genre_id"));
        }
    }
}
