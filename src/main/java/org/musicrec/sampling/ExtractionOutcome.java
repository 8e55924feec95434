package org.musicrec.sampling;

/** What happened to one planned entry. {@code reason} is set only for {@link Kind#REFUSED}. */
public record ExtractionOutcome(PlannedEntry entry, Kind kind, String reason) {
    public enum Kind {
        /** Written, checked, renamed into place. */
        EXTRACTED,
        /** Already in the target folder with the declared size and CRC (a resumed run): left as it was. */
        KEPT,
        /** Not written: the data disagreed with the directory, was corrupt, or the path was unsafe. */
        REFUSED
    }

    static ExtractionOutcome refused(PlannedEntry entry, String reason) {
        return new ExtractionOutcome(entry, Kind.REFUSED, reason);
    }

    public Refusal refusal() {
        return kind == Kind.REFUSED ? new Refusal(entry.entry().name(), reason) : null;
    }
}
