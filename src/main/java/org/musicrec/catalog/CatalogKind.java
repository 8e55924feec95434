package org.musicrec.catalog;

/** The kinds of catalogue entity, in the order an import must load them so references resolve. */
public enum CatalogKind {
    GENRES("genres"), ARTISTS("artists"), ALBUMS("albums"), TRACKS("tracks");

    private final String collection;

    CatalogKind(String collection) {
        this.collection = collection;
    }

    /** The MongoDB collection (and JNoSQL entity name) holding this kind. */
    public String collection() {
        return collection;
    }
}
