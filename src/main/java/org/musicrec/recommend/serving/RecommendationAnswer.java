package org.musicrec.recommend.serving;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A recommendation list as clients receive it: for whom (null for picks), under which model (null before any), how it was made. */
@JsonbPropertyOrder({"userId", "modelVersion", "strategy", "knownUser", "items"})
public record RecommendationAnswer(@JsonbNillable String userId, @JsonbNillable Integer modelVersion, String strategy,
                                   boolean knownUser, List<RecommendedItem> items) {
}
