package org.iccsp.pledge.pledge.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.iccsp.pledge.pledge.domain.PledgeStatus;

/** Stores the status as its lower-case wire code, as the table's check constraint expects. */
@Converter
public class PledgeStatusConverter implements AttributeConverter<PledgeStatus, String> {
    @Override
    public String convertToDatabaseColumn(PledgeStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public PledgeStatus convertToEntityAttribute(String code) {
        return code == null ? null : PledgeStatus.fromCode(code);
    }
}
