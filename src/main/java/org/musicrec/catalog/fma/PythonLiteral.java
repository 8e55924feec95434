package org.musicrec.catalog.fma;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python literals pandas wrote into FMA's CSV cells: lists ({@code [21, 76]},
 * {@code ['a', "b's"]}), dicts ({@code {'genre_id': '21'}}), strings with either quote and
 * backslash escapes, integers, floats, {@code None}, {@code True}, {@code False}. Nothing is
 * evaluated; nesting is bounded so a hostile cell cannot exhaust the stack.
 */
final class PythonLiteral {
    private static final int MAX_DEPTH = 8;

    private final String text;
    private int pos;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException with a short reason when {@code text} is not one literal */
    static Object parse(String text) {
        PythonLiteral p = new PythonLiteral(text);
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '[' -> sequence(depth, ']');
            case '(' -> sequence(depth, ')');
            case '{' -> dict(depth);
            case '\'', '"' -> string(c);
            default -> atom();
        };
    }

    private List<Object> sequence(int depth, char close) {
        pos++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        while (!peek(close)) {
            items.add(value(depth + 1));
            skipSpace();
            if (!peek(close)) {
                expect(',');
                skipSpace();
            }
        }
        pos++;
        return items;
    }

    private Map<Object, Object> dict(int depth) {
        pos++;
        Map<Object, Object> map = new LinkedHashMap<>();
        skipSpace();
        while (!peek('}')) {
            Object key = value(depth + 1);
            skipSpace();
            expect(':');
            map.put(key, value(depth + 1));
            skipSpace();
            if (!peek('}')) {
                expect(',');
                skipSpace();
            }
        }
        pos++;
        return map;
    }

    private String string(char quote) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                return sb.toString();
            }
            if (c == '\\' && pos < text.length()) {
                char e = text.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'x' -> sb.append(hex(2));
                    case 'u' -> sb.append(hex(4));
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw error("unterminated string");
    }

    private char hex(int digits) {
        if (pos + digits > text.length()) {
            throw error("short escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + digits), 16);
            pos += digits;
            return c;
        } catch (NumberFormatException e) {
            throw error("bad escape");
        }
    }

    private Object atom() {
        int start = pos;
        while (pos < text.length() && ",]}):".indexOf(text.charAt(pos)) < 0
                && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        String word = text.substring(start, pos);
        switch (word) {
            case "None": return null;
            case "True": return Boolean.TRUE;
            case "False": return Boolean.FALSE;
            case "": throw error("empty value");
            default:
                try {
                    return Long.parseLong(word);
                } catch (NumberFormatException notLong) {
                    try {
                        return Double.parseDouble(word);
                    } catch (NumberFormatException notNumber) {
                        throw error("not a literal: " + abbreviate(word));
                    }
                }
        }
    }

    private boolean peek(char c) {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "' but found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + pos + " of list literal " + abbreviate(text));
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
