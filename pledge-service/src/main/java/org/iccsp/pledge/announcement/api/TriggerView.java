package org.iccsp.pledge.announcement.api;

import java.util.List;

/** What firing a trigger released: every approved announcement that waited for it. */
public record TriggerView(String trigger, List<AnnouncementView> released) {
}
