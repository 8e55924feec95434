package org.musicrec.tools.generate;

import java.util.SplittableRandom;

/**
 * Who owns what in a generated catalogue: each album's artist, each artist's home genre, and the
 * run of consecutive tracks each album (or album-less artist) gets. Every album and every artist
 * has at least one track, so counts derived from tracks.csv alone equal those of the raw files.
 */
final class CatalogLayout {
    final int tracks;
    final int albums;
    final int artists;
    final int[] albumArtist;
    final int[] artistGenre;
    /** Group g < albums is album g; later groups are album-less artists. */
    final int[] groupArtist;
    final int[] groupSize;

    CatalogLayout(int tracks, int albums, int artists, int genres, long seed) {
        if (albums < 1 || artists < 1 || tracks < albums + artists) {
            throw new IllegalArgumentException("need albums >= 1, artists >= 1 and tracks >= albums + artists");
        }
        this.tracks = tracks;
        this.albums = albums;
        this.artists = artists;
        SplittableRandom r = new SplittableRandom(seed);
        albumArtist = new int[albums];
        boolean[] hasAlbum = new boolean[artists];
        for (int j = 0; j < albums; j++) {
            // The first albums take the first artists so small catalogues still spread out.
            albumArtist[j] = j < artists && j < albums / 2 ? j : r.nextInt(artists);
            hasAlbum[albumArtist[j]] = true;
        }
        int albumless = 0;
        for (boolean b : hasAlbum) {
            albumless += b ? 0 : 1;
        }
        groupArtist = new int[albums + albumless];
        System.arraycopy(albumArtist, 0, groupArtist, 0, albums);
        int g = albums;
        for (int a = 0; a < artists; a++) {
            if (!hasAlbum[a]) {
                groupArtist[g++] = a;
            }
        }
        groupSize = new int[groupArtist.length];
        java.util.Arrays.fill(groupSize, 1);
        for (int extra = tracks - groupSize.length; extra > 0; extra--) {
            groupSize[r.nextInt(groupSize.length)]++;
        }
        artistGenre = new int[artists];
        for (int a = 0; a < artists; a++) {
            artistGenre[a] = r.nextInt(genres);
        }
    }

    int groups() {
        return groupSize.length;
    }

    static long trackId(int k) {
        return 2L + k + k / 5;
    }

    static long albumId(int j) {
        return 1L + j + j / 9;
    }

    static long artistId(int a) {
        return 1L + a + a / 7;
    }
}
