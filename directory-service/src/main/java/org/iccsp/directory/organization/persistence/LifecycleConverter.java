package org.iccsp.directory.organization.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.iccsp.directory.organization.domain.OrganizationLifecycle;

/** Stores the lifecycle as its wire code, as the table's check constraint expects. */
@Converter
public class LifecycleConverter implements AttributeConverter<OrganizationLifecycle, String> {
    @Override
    public String convertToDatabaseColumn(OrganizationLifecycle lifecycle) {
        return lifecycle == null ? null : lifecycle.code();
    }

    @Override
    public OrganizationLifecycle convertToEntityAttribute(String code) {
        return code == null ? null : OrganizationLifecycle.fromCode(code);
    }
}
