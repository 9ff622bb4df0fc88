package org.iccsp.platform.testing;

import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * The management interface of the application under test (@QuarkusTest): health and metrics live
 * there, on a port of their own (quarkus.management.test-port, a free one in tests), never on the
 * public port.
 */
public final class Management {
    private Management() {
    }

    /** @param path under the management root, e.g. {@code /health/ready} or {@code /metrics} */
    public static String url(String path) {
        return TestHTTPResourceManager.getManagementUri() + path;
    }
}
