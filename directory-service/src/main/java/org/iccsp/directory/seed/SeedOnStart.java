package org.iccsp.directory.seed;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The seed command: start the service with {@code DIRECTORY_SEED_DOCUMENTS=true} (the organisations
 * of the project's documents) and/or {@code DIRECTORY_SEED_GENERATED=100000} (benchmark data).
 * Both are idempotent, so leaving them set is harmless.
 */
@ApplicationScoped
public class SeedOnStart {
    private static final Logger LOG = Logger.getLogger(SeedOnStart.class);

    void onStart(@Observes StartupEvent start, DirectorySeeder seeder,
            @ConfigProperty(name = "directory.seed.documents", defaultValue = "false") boolean documents,
            @ConfigProperty(name = "directory.seed.generated", defaultValue = "0") int generated) {
        if (documents) {
            LOG.infof("seeded %d documented organisations", seeder.seedDocumented());
        }
        if (generated > 0) {
            LOG.infof("generated %d organisations", seeder.generate(generated));
        }
    }
}
