package org.iccsp.directory.organization.domain;

import java.util.List;
import org.iccsp.platform.web.ProblemException;

/** Checks of a profile beyond its annotations; each failure names the field. */
public final class ProfileRules {
    private ProfileRules() {
    }

    public static void check(OrganizationProfile profile) {
        if (!Territory.isValid(profile.country())) {
            throw ProblemException.invalid("country", "unknown ISO 3166 country or territory " + profile.country());
        }
        List<String> languages = profile.languages();
        for (int i = 0; i < languages.size(); i++) {
            if (!Language.isValid(languages.get(i))) {
                throw ProblemException.invalid("languages[" + i + "]", "unknown ISO 639-1 language " + languages.get(i));
            }
        }
        List<String> registryIds = profile.registryIds();
        for (int i = 0; i < registryIds.size(); i++) {
            String field = "registryIds[" + i + "]";
            RegistryIdentifier.problemWith(registryIds.get(i)).ifPresent(problem -> {
                throw ProblemException.invalid(field, problem);
            });
        }
        for (String field : profile.visibility().keySet()) {
            if (!Visibility.HIDEABLE_FIELDS.contains(field)) {
                throw ProblemException.invalid("visibility." + field, "not a field whose visibility can be chosen; one of "
                        + Visibility.HIDEABLE_FIELDS.stream().sorted().toList());
            }
        }
    }
}
