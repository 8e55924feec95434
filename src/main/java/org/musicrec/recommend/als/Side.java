package org.musicrec.recommend.als;

/** Which factor matrix a half-iteration solves. */
public enum Side {
    USER, ITEM;

    public Side other() {
        return this == USER ? ITEM : USER;
    }
}
