package org.musicrec.catalog.fma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class FmaValuesTest {
    @Test
    void intListsAsPandasWritesThem() {
        assertEquals(List.of(21, 76), FmaValues.intList("[21, 76]"));
        assertEquals(List.of(), FmaValues.intList("[]"));
        assertEquals(List.of(17, 10, 76, 103), FmaValues.intList(" [17,10,  76, 103] "));
        assertEquals(List.of(21), FmaValues.intList("['21']"));
    }

    @Test
    void stringListsWithBothQuoteStylesAndEscapes() {
        assertEquals(List.of("a", "b's"), FmaValues.stringList("['a', \"b's\"]"));
        assertEquals(List.of("it's", "say \"hi\""), FmaValues.stringList("['it\\'s', 'say \"hi\"']"));
        assertEquals(List.of("portland", "pdx"), FmaValues.stringList("['portland', 'pdx']"));
        assertEquals(List.of("münchen, by night", "音楽"), FmaValues.stringList("['münchen, by night', '音楽']"));
        assertEquals(List.of("tab\there", "é"), FmaValues.stringList("['tab\\there', '\\xe9']"));
    }

    @Test
    void genreObjectsOfRawTracks() {
        String cell = "[{'genre_id': '21', 'genre_title': 'Hip-Hop', 'genre_url': 'http://freemusicarchive.org/genre/Hip-Hop/'},"
                + " {'genre_id': '76', 'genre_title': \"Rock'n'Roll\", 'genre_url': None}]";
        assertEquals(List.of(21, 76), FmaValues.genreIdsOfObjects(cell));
        assertEquals(List.of(), FmaValues.genreIdsOfObjects("[]"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.genreIdsOfObjects("[{'genre_title': 'x'}]"));
    }

    @Test
    void malformedLiteralsAreRejectedWithAReason() {
        for (String bad : List.of("[21, oops", "[21,, 3]", "21, 76", "['unterminated]", "[1] extra", "[[[[[[[[[[1]]]]]]]]]]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FmaValues.intList(bad), bad);
            assertEquals(false, e.getMessage().isBlank());
        }
    }

    @Test
    void durationsInSecondsOrMinutes() {
        assertEquals(168, FmaValues.durationSeconds("168"));
        assertEquals(168, FmaValues.durationSeconds("168.0"));
        assertEquals(168, FmaValues.durationSeconds("02:48"));
        assertEquals(3768, FmaValues.durationSeconds("1:02:48"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.durationSeconds("02:75"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.durationSeconds("three minutes"));
    }

    @Test
    void datesInEveryFmaFormatBecomeOneIsoForm() {
        assertEquals("2008-11-26T01:48:12", FmaValues.dateTime("2008-11-26 01:48:12"));
        assertEquals("2008-11-26T01:48:12", FmaValues.dateTime("11/26/2008 01:48:12 AM"));
        assertEquals("2008-11-26T13:48:12", FmaValues.dateTime("11/26/2008 01:48:12 pm"));
        assertEquals("2008-11-26T00:48:12", FmaValues.dateTime("11/26/2008 12:48:12 AM"));
        assertEquals("2009-01-05T00:00:00", FmaValues.dateTime("2009-01-05"));
        assertEquals("2009-01-05T00:00:00", FmaValues.dateTime("01/05/2009"));
        assertEquals("2006-01-01T00:00:00", FmaValues.dateTime("2006"));
        assertEquals("2008-11-26T01:48:00", FmaValues.dateTime("2008-11-26T01:48"));
        assertEquals(2006, FmaValues.year("2006-01-01 00:00:00"));
        for (String bad : List.of("2008-13-45 99:99:99", "yesterday", "13/45/2008", "20O8")) {
            assertThrows(IllegalArgumentException.class, () -> FmaValues.dateTime(bad), bad);
        }
    }

    @Test
    void numbers() {
        assertEquals(21L, FmaValues.parseLong("21"));
        assertEquals(21L, FmaValues.parseLong("21.0"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.parseLong("21.5"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.parseInt("99999999999"));
        assertThrows(IllegalArgumentException.class, () -> FmaValues.parseDouble("NaN"));
        assertEquals(-74.4056612, FmaValues.parseDouble("-74.4056612"), 0.0);
    }
}
