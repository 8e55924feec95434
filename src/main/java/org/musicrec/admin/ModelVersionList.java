package org.musicrec.admin;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** {@code GET /api/admin/models}: the active version's number ({@code null} when none is) and every version, newest first. */
public record ModelVersionList(@JsonbNillable Integer active, List<ModelVersionView> models) {
}
