package org.musicrec.admin;

import org.musicrec.platform.security.CallerAuthentication;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.musicrec.recommend.model.ModelActivated;
import org.musicrec.recommend.model.ModelVersions;

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
    ModelVersions registry;

    @Inject
    Event<ModelActivated> activated;

    @GET
    @Operation(summary = "ALS model versions, newest first, with metrics and the active version")
    public ModelVersionList models() {
        Optional<String> active = registry.activeModelId();
        List<ModelVersionView> models = new ArrayList<>();
        Integer activeVersion = null;
        for (Document d : registry.list()) {
            boolean isActive = active.isPresent() && active.get().equals(d.getString("_id"));
            if (isActive) {
                activeVersion = ((Number) d.get("version")).intValue();
            }
            models.add(ModelVersionView.of(d, isActive));
        }
        return new ModelVersionList(activeVersion, models);
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One ALS model version")
    public ModelVersionView model(@PathParam("version") int version) {
        Document d = registry.byVersion(version).orElseThrow(() -> new NotFoundException("no model version " + version));
        return ModelVersionView.of(d, registry.activeModelId().map(d.getString("_id")::equals).orElse(false));
    }

    @POST
    @Path("{version}/activate")
    @Operation(summary = "Make a version the active model (activate an older one to roll back)")
    public ModelVersionView activate(@PathParam("version") int version) {
        Document d = registry.byVersion(version).orElseThrow(() -> new NotFoundException("no model version " + version));
        registry.activate(d.getString("_id"), version);
        activated.fire(new ModelActivated(d.getString("_id"), version));
        return ModelVersionView.of(d, true);
    }
}
