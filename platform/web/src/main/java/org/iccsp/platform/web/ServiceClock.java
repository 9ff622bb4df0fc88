package org.iccsp.platform.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Every service's time: the {@link Clock} its api, domain and messaging code inject (UTC). A
 * {@code @DefaultBean}, so a test (or another bean) may produce its own {@link Clock} instead.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
