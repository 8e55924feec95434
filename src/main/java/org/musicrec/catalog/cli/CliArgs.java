package org.musicrec.catalog.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.musicrec.platform.cli.UsageException;

/** The catalogue commands' arguments: positionals, {@code --flag} and {@code --option value}. */
final class CliArgs {
    final List<String> positionals = new ArrayList<>();
    final Map<String, String> options = new HashMap<>();

    static CliArgs parse(String[] args, Set<String> flags, Set<String> valued) {
        CliArgs parsed = new CliArgs();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flags.contains(a)) {
                parsed.options.put(a, "true");
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(a + " needs a value");
                }
                parsed.options.put(a, args[++i]);
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                parsed.positionals.add(a);
            }
        }
        return parsed;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    long longValue(String name, long fallback, long min, long max) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", was " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, was '" + v + "'");
        }
    }
}
