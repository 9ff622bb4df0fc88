package org.iccsp.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.iccsp.notification.notice.domain.EmailNotice;
import org.iccsp.notification.notice.domain.Notices;
import org.iccsp.notification.delivery.persistence.Notification;
import org.iccsp.platform.messaging.CloudEvent;

/**
 * Test-only: simulates the process dying in the middle of handling an event — after the inbox row
 * and the notices were written, before the commit — once for each event id put in {@link #CRASH_ONCE}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FailingOnceNotices extends Notices {
    static final Set<String> CRASH_ONCE = ConcurrentHashMap.newKeySet();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Notification queueEmail(CloudEvent cause, EmailNotice notice) {
        Notification queued = super.queueEmail(cause, notice);
        if (CRASH_ONCE.remove(cause.id())) {
            throw new IllegalStateException("simulated crash mid-batch after " + queued.id);
        }
        return queued;
    }
}
