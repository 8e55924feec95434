package org.musicrec.catalog.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.musicrec.catalog.Album;
import org.musicrec.catalog.Artist;
import org.musicrec.catalog.CatalogKind;
import org.musicrec.catalog.Genre;
import org.musicrec.catalog.Track;

/**
 * The hand-written documents must be what JNoSQL would store for the entities: one field per
 * mapped attribute named as JNoSQL names it ({@code @Id} value, default {@code _id}; {@code @Column}
 * value, default the Java field name), holding a value of the attribute's Java type, nulls left out.
 */
class CatalogDocumentsTest {
    @Test
    void trackDocumentMatchesTheEntityMapping() throws Exception {
        check(Track.class, CatalogDocuments::track, CatalogKind.TRACKS);
    }

    @Test
    void albumDocumentMatchesTheEntityMapping() throws Exception {
        check(Album.class, CatalogDocuments::album, CatalogKind.ALBUMS);
    }

    @Test
    void artistDocumentMatchesTheEntityMapping() throws Exception {
        check(Artist.class, CatalogDocuments::artist, CatalogKind.ARTISTS);
    }

    @Test
    void genreDocumentMatchesTheEntityMapping() throws Exception {
        check(Genre.class, CatalogDocuments::genre, CatalogKind.GENRES);
    }

    private static <T> void check(Class<T> type, Function<T, Document> toDocument, CatalogKind kind) throws Exception {
        assertEquals(kind.collection(), type.getAnnotation(Entity.class).value(), "collection name");
        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "JNoSQL needs a public no-arg constructor");

        T full = type.getConstructor().newInstance();
        Map<String, Object> expected = new LinkedHashMap<>();
        int n = 0;
        for (Field f : type.getDeclaredFields()) {
            String name = jnosqlName(f);
            if (name == null) {
                continue;
            }
            Object value = sample(f, ++n);
            f.setAccessible(true);
            f.set(full, value);
            expected.put(name, value);
        }
        Document doc = toDocument.apply(full);
        assertEquals(expected.keySet(), doc.keySet(), "field names of " + type.getSimpleName());
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            assertEquals(e.getValue(), doc.get(e.getKey()), e.getKey());
            assertEquals(e.getValue().getClass(), doc.get(e.getKey()).getClass(), "type of " + e.getKey());
        }

        // Null attributes are left out, as JNoSQL leaves them out; a primitive is never null.
        T empty = type.getConstructor().newInstance();
        Field id = type.getDeclaredField("id");
        id.setAccessible(true);
        id.set(empty, id.getType() == Long.class ? (Object) 5L : (Object) 5);
        Document sparse = toDocument.apply(empty);
        for (Field f : type.getDeclaredFields()) {
            String name = jnosqlName(f);
            if (name != null) {
                assertEquals(f.getType().isPrimitive() || name.equals("_id"), sparse.containsKey(name), name);
            }
        }
    }

    private static String jnosqlName(Field f) {
        if (f.isAnnotationPresent(Id.class)) {
            String v = f.getAnnotation(Id.class).value();
            return v.isEmpty() ? "_id" : v;
        }
        if (f.isAnnotationPresent(Column.class)) {
            String v = f.getAnnotation(Column.class).value();
            return v.isEmpty() ? f.getName() : v;
        }
        return null;
    }

    private static Object sample(Field f, int n) {
        Class<?> t = f.getType();
        if (t == Long.class) {
            return 1000L + n;
        } else if (t == Integer.class) {
            return n;
        } else if (t == Double.class) {
            return n + 0.25;
        } else if (t == String.class) {
            return "text " + n;
        } else if (t == boolean.class) {
            return true;
        } else if (t == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            return element == Integer.class ? List.of(n, n + 1) : element == Double.class ? List.of(n + 0.5) : List.of("tag " + n);
        }
        throw new AssertionError("no sample for " + f + ": add one, and check JNoSQL stores it as the driver does");
    }
}
