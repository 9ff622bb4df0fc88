package org.iccsp.pledge.embargo.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.iccsp.pledge.embargo.persistence.Embargo;
import org.iccsp.pledge.pledge.domain.SealingEmbargoes;

/** Lets the pledge capability seal a pledge under an embargo without knowing how embargoes are stored. */
@ApplicationScoped
public class EmbargoSeals implements SealingEmbargoes {
    @Override
    public Optional<EmbargoState> lockForSealing(String embargoId) {
        Embargo embargo = Embargo.findById(embargoId, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(embargo).map(e -> new EmbargoState(e.id, e.name, e.isSealed()));
    }
}
