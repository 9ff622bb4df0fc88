package org.iccsp.directory.organization.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Who may see a profile field: anyone, consortium members, or only the organisation and admins. */
public enum Visibility {
    PUBLIC, MEMBERS, PRIVATE;

    /** Fields an organisation may hide. Names, type, country, sectors and status identify it and stay public. */
    public static final Set<String> HIDEABLE_FIELDS = Set.of("description", "city", "website", "contactEmail",
            "contacts", "languages", "networks", "registryIds");

    /** Safe defaults: a way to reach people is for members unless the organisation publishes it. */
    public static final Map<String, Visibility> DEFAULTS = Map.of("contactEmail", MEMBERS, "contacts", MEMBERS);

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Visibility fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown visibility " + code
                        + " (public, members or private)"));
    }

    /** The visibility of a field given the organisation's explicit choices. */
    public static Visibility of(String field, Map<String, Visibility> chosen) {
        Visibility explicit = chosen == null ? null : chosen.get(field);
        return explicit != null ? explicit : DEFAULTS.getOrDefault(field, PUBLIC);
    }

    @Override
    public String toString() {
        return code();
    }
}
