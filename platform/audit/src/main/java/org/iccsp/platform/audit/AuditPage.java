package org.iccsp.platform.audit;

import java.util.List;

/** A page of the audit log, newest first; {@code next} is the cursor of the following page, null at the end. */
public record AuditPage(List<AuditEntry> entries, String next) {
}
