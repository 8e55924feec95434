package org.musicrec.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Other spellings of one path, as a stranger would type them to slip past a check that compares
 * strings: percent-encoded letters and dots, dot segments, doubled slashes, path parameters and
 * case variants, each alone and some combined.
 */
final class PathSpellings {

    private PathSpellings() {
    }

    static List<String> of(String path) {
        String[] segments = path.substring(1).split("/", -1);
        Set<String> out = new LinkedHashSet<>();
        out.add(path);
        for (int i = 0; i < segments.length; i++) {
            String seg = segments[i];
            if (seg.isEmpty()) {
                continue;
            }
            out.add(replace(segments, i, "%" + hex(seg.charAt(0)) + seg.substring(1)));
            out.add(replace(segments, i, "%" + hex(seg.charAt(0)).toLowerCase(Locale.ROOT) + seg.substring(1)));
            out.add(replace(segments, i, encodeAll(seg)));
            out.add(replace(segments, i, seg + ";x=y"));
            out.add(replace(segments, i, seg + ";"));
            out.add(replace(segments, i, seg + ";jsessionid=0"));
            out.add(replace(segments, i, seg + "%3Bx=y"));
            out.add(replace(segments, i, seg.toUpperCase(Locale.ROOT)));
            out.add(replace(segments, i, Character.toUpperCase(seg.charAt(0)) + seg.substring(1)));
            out.add(replace(segments, i, "." + "/" + seg));
            out.add(replace(segments, i, "%2e/" + seg));
            out.add(replace(segments, i, "x/../" + seg));
            out.add(replace(segments, i, "x/%2e%2e/" + seg));
            out.add(replace(segments, i, "x;y=z/../" + seg));
            out.add(replace(segments, i, "/" + seg));
            out.add(replace(segments, i, seg + "/"));
            out.add(replace(segments, i, seg + "/."));
        }
        out.add("/" + path);
        out.add("//" + path);
        out.add(path + "/");
        out.add(path + "?x=y");
        out.add(path + "#x");
        out.add(path + ";a=b?c=d");
        out.add("/." + path);
        out.add(path.replace("/", "/./"));
        out.add(path.replace("/", "//"));
        out.add(encodeAll(path.substring(1)).replace("%2F", "/").replaceFirst("^", "/"));
        out.add(path.replace("/", "\\"));
        out.add(path.replace("/", "%2F"));
        out.add(path.replace("/", "%2f"));
        out.add(path.replace(".", "%2E"));
        out.add(path.toUpperCase(Locale.ROOT));
        return new ArrayList<>(out);
    }

    private static String replace(String[] segments, int i, String with) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < segments.length; j++) {
            b.append('/').append(j == i ? with : segments[j]);
        }
        return b.toString();
    }

    private static String encodeAll(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append('%').append(hex(c));
        }
        return b.toString();
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%02X", (int) c);
    }
}
