package org.musicrec.sampling;

/** An entry that was not extracted for a safety or integrity reason; reported, never silently dropped. */
public record Refusal(String entry, String reason) {
    @Override
    public String toString() {
        return printable(entry) + ": " + reason;
    }

    /** Entry names may hold control characters; show them escaped so a report never corrupts a terminal. */
    static String printable(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
