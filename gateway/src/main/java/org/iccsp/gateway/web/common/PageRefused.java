package org.iccsp.gateway.web.common;

import java.util.Map;

/**
 * A service refused what a page asked for because of what the reader sent (a bad filter, a cursor that
 * is not one, an address that names nothing): shown as a 4xx page saying what was wrong, not as an outage.
 */
public class PageRefused extends RuntimeException {
    private final int status;
    private final transient Map<String, Object> problem;

    public PageRefused(int status, Map<String, Object> problem) {
        super("refused with " + status, null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> problem() {
        return problem;
    }
}
