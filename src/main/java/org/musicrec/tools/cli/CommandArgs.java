package org.musicrec.tools.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one argument reader of every command-line tool: {@code --name value}, {@code --name=value},
 * boolean {@code --flag}, {@code --help}/{@code -h} and positional arguments. Unknown options, an
 * option given twice and values out of range are a {@link UsageException}, so a typo never silently
 * falls back to a default.
 */
public final class CommandArgs {

    private final Map<String, String> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final boolean help;

    /**
     * @param valued option names (without dashes) that take a value
     * @param flags  option names that take none
     */
    public CommandArgs(String[] args, Set<String> valued, Set<String> flags) {
        boolean wantsHelp = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                wantsHelp = true;
            } else if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positional.add(a);
            }
        }
        this.help = wantsHelp;
    }

    private void put(String name, String value) {
        if (options.put(name, value) != null) {
            throw new UsageException("--" + name + " given twice");
        }
    }

    public boolean help() {
        return help;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** @return the option as a path, or null when it was not given */
    public Path path(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    public Path requiredPath(String name) {
        String v = options.get(name);
        if (v == null || v.isBlank()) {
            throw new UsageException("--" + name + " FILE is required");
        }
        return Path.of(v);
    }

    public int getInt(String name, int fallback) {
        return getInt(name, fallback, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public int getInt(String name, int fallback, int min, int max) {
        return (int) getLong(name, fallback, min, max);
    }

    public long getLong(String name, long fallback) {
        return getLong(name, fallback, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** Whole numbers may group digits with underscores ({@code 100_000}), as Java literals do. */
    public long getLong(String name, long fallback, long min, long max) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(v.trim().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    public double getDouble(String name, double fallback) {
        return getDouble(name, fallback, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** A finite number within [min, max]; NaN and infinities are refused whatever the bounds. */
    public double getDouble(String name, double fallback, double min, double max) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        double d;
        try {
            d = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + v + "'");
        }
        if (!Double.isFinite(d) || d < min || d > max) {
            throw new UsageException("--" + name + " must be a finite number between " + min + " and " + max
                    + ", got " + v);
        }
        return d;
    }

    public List<String> positional() {
        return List.copyOf(positional);
    }

    /**
     * @return the positional arguments, checked to be exactly {@code count}
     * @throws UsageException naming what was expected
     */
    public List<String> positional(int count, String expected) {
        if (positional.size() != count) {
            throw new UsageException(positional.size() > count
                    ? "unexpected argument '" + positional.get(count) + "'"
                    : "expected " + expected);
        }
        return List.copyOf(positional);
    }
}
