package org.iccsp.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: the build passes it as -Diccsp.root; otherwise walk up to mvnw. */
public final class ProjectLayout {
    private ProjectLayout() {
    }

    public static Path root() {
        String configured = System.getProperty("iccsp.root");
        if (configured != null && Files.exists(Path.of(configured, "mvnw"))) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
    }
}
