package org.musicrec.tools.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A fixed, real-looking genre tree for generated catalogues: FMA's 16 top-level genres (their
 * real ids and titles) with sub-genres up to three levels deep, named from a prefix list. Fixed
 * rather than seeded, so catalogues of any seed share one tree, like the real dataset.
 */
final class SyntheticGenres {
    record Node(int id, String title, int parent, int topLevel, String color) {
        boolean isRoot() {
            return parent == 0;
        }
    }

    static final int[] ROOT_IDS = {2, 3, 4, 5, 8, 9, 10, 12, 13, 14, 15, 17, 20, 21, 38, 1235};
    static final String[] ROOT_TITLES = {"International", "Blues", "Jazz", "Classical", "Old-Time / Historic",
        "Country", "Pop", "Rock", "Easy Listening", "Soul-RnB", "Electronic", "Folk", "Spoken", "Hip-Hop",
        "Experimental", "Instrumental"};
    private static final String[] PREFIXES = {"Post", "Neo", "Nu", "Proto", "Avant", "Dark", "Lo-Fi", "Free",
        "Minimal", "Psych", "Ambient", "Noise", "Indie", "Acid", "Deep", "Dream", "Garage", "Chamber", "Dub",
        "Math", "Space", "Glitch", "Kraut", "Industrial", "Tribal", "Cosmic", "Progressive", "Electro", "Art",
        "Drone", "Jungle", "Latin", "Balkan", "Desert", "Surf", "Gothic", "Symphonic", "Bedroom", "Power"};

    private final List<Node> nodes = new ArrayList<>();
    private final Map<Integer, Node> byId = new HashMap<>();

    SyntheticGenres(int total) {
        if (total < ROOT_IDS.length) {
            throw new IllegalArgumentException("at least " + ROOT_IDS.length + " genres");
        }
        SplittableRandom random = new SplittableRandom(163);
        Set<Integer> rootIds = new HashSet<>();
        for (int i = 0; i < ROOT_IDS.length; i++) {
            nodes.add(new Node(ROOT_IDS[i], ROOT_TITLES[i], 0, ROOT_IDS[i], color(random)));
            rootIds.add(ROOT_IDS[i]);
        }
        Set<String> titles = new HashSet<>();
        int nextId = 1;
        while (nodes.size() < total) {
            while (rootIds.contains(nextId)) {
                nextId++;
            }
            // Two in three hang under a root, the rest under an earlier sub-genre (deeper trees).
            Node parent = random.nextInt(3) < 2 || nodes.size() == ROOT_IDS.length
                    ? nodes.get(random.nextInt(ROOT_IDS.length))
                    : nodes.get(ROOT_IDS.length + random.nextInt(nodes.size() - ROOT_IDS.length));
            String base = parent.title().split("[ /-]")[0];
            String title = PREFIXES[random.nextInt(PREFIXES.length)] + (random.nextBoolean() ? "-" : " ") + base;
            if (!titles.add(title.toLowerCase(Locale.ROOT))) {
                continue;
            }
            nodes.add(new Node(nextId++, title, parent.id(), parent.topLevel(), color(random)));
        }
        nodes.forEach(n -> byId.put(n.id(), n));
    }

    private static String color(SplittableRandom random) {
        return String.format(Locale.ROOT, "#%06X", random.nextInt(1 << 24));
    }

    List<Node> nodes() {
        return nodes;
    }

    Node byIndex(int i) {
        return nodes.get(i);
    }

    Node byId(int id) {
        return byId.get(id);
    }
}
