package org.iccsp.pledge.embargo.api;

import java.util.List;

/** What a release did: every pledge it announced. */
public record ReleaseView(EmbargoView embargo, List<String> announcedPledges) {
}
