package org.iccsp.directory.organization.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.iccsp.directory.organization.domain.OrganizationStatus;

/** Stores the status as its lower-case wire code, as the table's check constraint expects. */
@Converter
public class OrganizationStatusConverter implements AttributeConverter<OrganizationStatus, String> {
    @Override
    public String convertToDatabaseColumn(OrganizationStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public OrganizationStatus convertToEntityAttribute(String code) {
        return code == null ? null : OrganizationStatus.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
