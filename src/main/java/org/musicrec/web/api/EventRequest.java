package org.musicrec.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One event as a client sent it, before defaults are applied; constraints checked by Bean Validation. */
public final class EventRequest {

    @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold only letters, digits and . _ : -")
    String eventId;

    @NotBlank @Size(max = 128) @Pattern(regexp = ServingResource.ID_PATTERN, message = ServingResource.ID_RULE)
    String userId;

    @NotBlank @Size(max = 128) @Pattern(regexp = ServingResource.ID_PATTERN, message = ServingResource.ID_RULE)
    String trackId;

    @NotNull @Pattern(regexp = "play|skip|like|dislike|complete|rate", message = "must be one of play, skip, like, dislike, complete, rate")
    String type;

    @Min(1) @Max(5)
    Integer rating;

    @Min(1) @Max(1_000_000)
    Integer count;

    String at;

    @PositiveOrZero
    Long msPlayed;
}
