package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.platform.mongo.MongoClientHolder;
import org.musicrec.recommend.model.ModelActivated;
import org.musicrec.recommend.model.mongo.MongoModelRegistry;

/**
 * /api/admin/models: the stored ALS versions with their parameters, data sizes, metrics next to
 * the most-popular baseline, and timings; activate any of them (a rollback is activating an older
 * one). Activation is one write to {@code als_active}; serving swaps to it without a pause.
 */
@RolesAllowed(CallerAuthentication.ROLE)
@Path("admin/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    @Inject
    MongoClientHolder mongo;

    @Inject
    Event<ModelActivated> activated;

    @GET
    @Operation(summary = "ALS model versions, newest first, with metrics and the active version")
    public JsonObject models() {
        MongoModelRegistry registry = new MongoModelRegistry(mongo.database());
        Optional<String> active = registry.activeModelId();
        JsonArrayBuilder arr = Json.createArrayBuilder();
        Integer activeVersion = null;
        for (Document d : registry.list()) {
            boolean isActive = active.isPresent() && active.get().equals(d.getString("_id"));
            if (isActive) {
                activeVersion = ((Number) d.get("version")).intValue();
            }
            arr.add(toJson(d, isActive));
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (activeVersion == null) {
            b.addNull("active");
        } else {
            b.add("active", activeVersion);
        }
        return b.add("models", arr).build();
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One ALS model version")
    public JsonObject model(@PathParam("version") int version) {
        MongoModelRegistry registry = new MongoModelRegistry(mongo.database());
        Document d = registry.byVersion(version).orElseThrow(() -> new NotFoundException("no model version " + version));
        return toJson(d, registry.activeModelId().map(d.getString("_id")::equals).orElse(false));
    }

    @POST
    @Path("{version}/activate")
    @Operation(summary = "Make a version the active model (activate an older one to roll back)")
    public JsonObject activate(@PathParam("version") int version) {
        MongoModelRegistry registry = new MongoModelRegistry(mongo.database());
        Document d = registry.byVersion(version).orElseThrow(() -> new NotFoundException("no model version " + version));
        registry.activate(d.getString("_id"), version);
        activated.fire(new ModelActivated(d.getString("_id"), version));
        return toJson(d, true);
    }

    static JsonObject toJson(Document d, boolean active) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        for (Map.Entry<String, Object> e : d.entrySet()) {
            if (!e.getKey().equals("_id")) {
                add(b, e.getKey(), e.getValue());
            }
        }
        return b.add("id", d.getString("_id")).add("active", active).build();
    }

    private static void add(JsonObjectBuilder b, String key, Object v) {
        if (v == null) {
            b.addNull(key);
        } else if (v instanceof Document doc) {
            JsonObjectBuilder inner = Json.createObjectBuilder();
            doc.forEach((k, x) -> add(inner, k, x));
            b.add(key, inner);
        } else if (v instanceof Boolean x) {
            b.add(key, x);
        } else if (v instanceof Integer || v instanceof Long) {
            b.add(key, ((Number) v).longValue());
        } else if (v instanceof Number n) {
            double x = n.doubleValue();
            if (Double.isFinite(x)) {
                b.add(key, x);
            } else {
                b.addNull(key);
            }
        } else if (v instanceof Date date) {
            b.add(key, date.toInstant().toString());
        } else if (v instanceof List<?> l) {
            JsonArrayBuilder arr = Json.createArrayBuilder();
            l.forEach(x -> arr.add(String.valueOf(x)));
            b.add(key, arr);
        } else {
            b.add(key, String.valueOf(v));
        }
    }
}
