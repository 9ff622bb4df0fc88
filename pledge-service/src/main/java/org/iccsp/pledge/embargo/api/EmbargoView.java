package org.iccsp.pledge.embargo.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.iccsp.pledge.embargo.persistence.Embargo;

/** An embargo; {@code sealedPledges} (how many pledges wait under it) is given to admins only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbargoView(String id, String name, OffsetDateTime releaseAt, String status, OffsetDateTime releasedAt,
        Long sealedPledges) {
    public static EmbargoView of(Embargo e, Long sealedPledges) {
        return new EmbargoView(e.id, e.name, e.releaseAt, e.status, e.releasedAt, sealedPledges);
    }
}
