package org.iccsp.directory.organization.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * External registry identifiers in org-id.guide form: {@code <list prefix>-<identifier>}, such as
 * {@code IL-RA-580197770} (Israeli Registrar of Amutot). Only lists we know are accepted; each list
 * has its own identifier shape.
 */
public final class RegistryIdentifier {
    private static final Pattern GENERIC = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./-]{0,39}");
    private static final Map<String, Pattern> LISTS = Map.ofEntries(
            Map.entry("IL-RA", Pattern.compile("58\\d{7}")),       // Registrar of Amutot (non-profits)
            Map.entry("IL-ROC", Pattern.compile("5\\d{8}")),       // Registrar of Companies
            Map.entry("IL-ROS", Pattern.compile("\\d{9}")),        // Registrar of Endowments
            Map.entry("PS-MOI", GENERIC),                          // Palestinian Ministry of Interior NGO register
            Map.entry("PS-MNE", GENERIC),                          // Palestinian Ministry of National Economy
            Map.entry("GB-CHC", Pattern.compile("\\d{6,7}")),      // Charity Commission for England and Wales
            Map.entry("GB-COH", Pattern.compile("[A-Z0-9]{8}")),   // Companies House
            Map.entry("US-EIN", Pattern.compile("\\d{2}-?\\d{7}")),
            Map.entry("FR-RNA", Pattern.compile("W\\d{9}")),
            Map.entry("XI-IATI", GENERIC));

    private RegistryIdentifier() {
    }

    /** Why the identifier is invalid, or empty when it is valid. */
    public static Optional<String> problemWith(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.of("must not be blank");
        }
        return LISTS.entrySet().stream()
                .filter(list -> identifier.startsWith(list.getKey() + "-"))
                .findFirst()
                .map(list -> list.getValue().matcher(identifier.substring(list.getKey().length() + 1)).matches()
                        ? Optional.<String>empty()
                        : Optional.of("not a valid " + list.getKey() + " identifier"))
                .orElse(Optional.of("unknown registry prefix; expected one of " + LISTS.keySet().stream().sorted().toList()));
    }
}
