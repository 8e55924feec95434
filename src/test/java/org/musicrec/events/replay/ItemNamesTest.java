package org.musicrec.events.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.musicrec.platform.DataDir;

class ItemNamesTest {

    @TempDir
    Path dir;

    @Test
    void hetrecNamesComeFromArtistsDatBesideTheHistory() throws IOException {
        Files.writeString(dir.resolve("artists.dat"), "id\tname\turl\tpictureURL\n"
                + "1\tMALICE MIZER\thttp://x\thttp://y\n"
                + "2\tDiary\u0007 of Dreams \thttp://x\n"
                + "not-a-number\tNobody\n"
                + "3\t\n"
                + "4\t" + "x".repeat(500) + "\n", StandardCharsets.UTF_8);
        ItemNames names = ItemNames.beside(dir.resolve("user_artists.dat"), ReplayFormat.HETREC);
        assertEquals(Optional.of("MALICE MIZER"), names.of("lastfm:1"));
        assertEquals(Optional.of("Diary  of Dreams"), names.of("lastfm:2"), "control characters blanked, ends trimmed");
        assertEquals(Optional.empty(), names.of("lastfm:3"), "an empty name is no name");
        assertEquals(ItemNames.MAX_NAME, names.of("lastfm:4").orElseThrow().length(), "names are capped");
        assertEquals(Optional.empty(), names.of("1"), "ids are namespaced as the replay namespaces them");
        assertEquals(3, names.size(), "the header and the unparseable lines are passed over");
    }

    @Test
    void movieLensTitlesAreLatin1() throws IOException {
        Files.write(dir.resolve("u.item"), "1|Toy Story (1995)|01-Jan-1995||http://x|0|0\n2|Cit\u00e9 des enfants perdus, La (1995)|x\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ItemNames names = ItemNames.beside(dir.resolve("u.data"), ReplayFormat.MOVIELENS);
        assertEquals(Optional.of("Toy Story (1995)"), names.of("ml100k:1"));
        assertEquals(Optional.of("Cit\u00e9 des enfants perdus, La (1995)"), names.of("ml100k:2"));
    }

    @Test
    void noNamesFileMeansNoNames() {
        assertEquals(0, ItemNames.beside(dir.resolve("user_artists.dat"), ReplayFormat.HETREC).size());
        assertEquals(0, ItemNames.beside(dir.resolve("history.csv"), ReplayFormat.CSV).size());
    }

    @Test
    void theRealDataSetsNameTheirItems() {
        ItemNames lastfm = ItemNames.beside(DataDir.require("hetrec2011-lastfm-2k").resolve("user_artists.dat"), ReplayFormat.HETREC);
        assertEquals(Optional.of("Diary of Dreams"), lastfm.of("lastfm:2"));
        assertEquals(17_632, lastfm.size(), "artists.dat names 17,632 artists, one a line after its header");
        ItemNames movies = ItemNames.beside(DataDir.require("ml-100k").resolve("u.data"), ReplayFormat.MOVIELENS);
        assertEquals(Optional.of("Toy Story (1995)"), movies.of("ml100k:1"));
        assertEquals(1682, movies.size());
    }
}
