package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * One stored ALS version as {@code /api/admin/models} answers it: every field of its metadata
 * document but {@code _id} (parameters, data sizes, metrics, timings: open-ended, so a map), then
 * {@code id} and {@code active}. Integers are longs, other numbers doubles (null when not finite),
 * dates ISO instants, lists lists of strings (of objects for sub-documents), sub-documents objects.
 */
@JsonbTypeSerializer(ModelVersionView.Flat.class)
public record ModelVersionView(Map<String, Object> metadata, String id, boolean active) {

    static ModelVersionView of(Document d, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        d.forEach((k, v) -> {
            if (!k.equals("_id")) {
                m.put(k, plain(v));
            }
        });
        return new ModelVersionView(m, d.getString("_id"), active);
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof Boolean || v instanceof String) {
            return v;
        } else if (v instanceof Document doc) {
            Map<String, Object> inner = new LinkedHashMap<>();
            doc.forEach((k, x) -> inner.put(k, plain(x)));
            return inner;
        } else if (v instanceof Integer || v instanceof Long) {
            return ((Number) v).longValue();
        } else if (v instanceof Number n) {
            double x = n.doubleValue();
            return Double.isFinite(x) ? x : null;
        } else if (v instanceof Date date) {
            return date.toInstant().toString();
        } else if (v instanceof List<?> l) {
            // Sub-documents in a list (the tuning candidates) stay objects; anything else is a string as always.
            List<Object> out = new ArrayList<>(l.size());
            l.forEach(x -> out.add(x instanceof Document ? plain(x) : String.valueOf(x)));
            return out;
        }
        return String.valueOf(v);
    }

    /**
     * Writes the metadata's fields beside id and active, which JSON-B's record mapping cannot; doubles
     * as {@link BigDecimal#valueOf(double)}, the text the admin API has always given them.
     */
    public static final class Flat implements JsonbSerializer<ModelVersionView> {
        @Override
        public void serialize(ModelVersionView v, JsonGenerator g, SerializationContext ctx) {
            g.writeStartObject();
            v.metadata().forEach((k, x) -> write(g, k, x));
            g.write("id", v.id()).write("active", v.active());
            g.writeEnd();
        }

        private static void write(JsonGenerator g, String key, Object v) {
            if (v == null) {
                g.writeNull(key);
            } else if (v instanceof Map<?, ?> m) {
                g.writeStartObject(key);
                m.forEach((k, x) -> write(g, (String) k, x));
                g.writeEnd();
            } else if (v instanceof Boolean b) {
                g.write(key, b);
            } else if (v instanceof Long n) {
                g.write(key, n);
            } else if (v instanceof Double x) {
                g.write(key, BigDecimal.valueOf(x));
            } else if (v instanceof List<?> l) {
                g.writeStartArray(key);
                for (Object x : l) {
                    if (x instanceof Map<?, ?> m) {
                        g.writeStartObject();
                        m.forEach((k, y) -> write(g, (String) k, y));
                        g.writeEnd();
                    } else {
                        g.write((String) x);
                    }
                }
                g.writeEnd();
            } else {
                g.write(key, (String) v);
            }
        }
    }
}
