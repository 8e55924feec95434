package org.musicrec.platform.health;

/** Turns an exception chain into one readable line for health and problem reports. */
public final class Reasons {
    private Reasons() {
    }

    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
    }
}
