package org.iccsp.directory.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.iccsp.directory.organization.domain.OrganizationProfile;
import org.iccsp.directory.organization.domain.OrganizationRegistry;
import org.iccsp.platform.web.Caller;

/** Test data written through the service's own registry, so it obeys the same rules as the API. */
public final class Fixtures {
    private static final Random RANDOM = new Random();

    private Fixtures() {
    }

    public static Caller admin() {
        return new Caller("admin-fixture", "admin-fixture", null, Set.of(Caller.ADMIN), Optional.empty(), Optional.empty());
    }

    public static Caller cso(String organizationId) {
        return new Caller("cso-" + organizationId, "cso-" + organizationId, null, Set.of(Caller.CSO), Optional.empty(),
                Optional.of(organizationId));
    }

    /** A word no other test uses, letters only, so full-text searches can be scoped to one test. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** Registers the profile (JSON) as the caller; returns the id. */
    public static String register(Caller caller, String profileJson) {
        try {
            OrganizationProfile profile = Arc.container().instance(ObjectMapper.class).get()
                    .readValue(profileJson, OrganizationProfile.class);
            return Arc.container().instance(OrganizationRegistry.class).get().register(profile, caller).id;
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static void verify(String id) {
        Arc.container().instance(OrganizationRegistry.class).get()
                .review(id, new OrganizationRegistry.Decision(true, null), null, admin());
    }

    public static String profile(String legalName, String extraFields) {
        return """
                {"legalName": "%s", "type": "ngo", "country": "IL", "contactEmail": "office@example.org",
                 "sectors": ["education"]%s}
                """.formatted(legalName, extraFields.isEmpty() ? "" : ", " + extraFields);
    }
}
