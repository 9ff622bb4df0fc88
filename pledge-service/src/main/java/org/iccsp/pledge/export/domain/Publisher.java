package org.iccsp.pledge.export.domain;

import java.util.List;

/**
 * Who publishes the IATI files and where the money goes (configuration {@code iccsp.iati.*}).
 *
 * @param ref the secretariat's IATI organisation identifier; activities are {@code ref-pledgeId}, members
 *        {@code ref-memberCode} until their own IATI identifiers are recorded
 * @param type its IATI OrganisationType code
 * @param recipientCountries ISO 3166-1 codes the consortium's pledges benefit, shared equally (IATI Country codelist)
 */
public record Publisher(String ref, String name, String type, List<String> recipientCountries) {
    /** OrganisationType 10: a government. */
    public static final String GOVERNMENT = "10";
    /** OrganisationType 40: multilateral (the European Union). */
    public static final String MULTILATERAL = "40";

    public String memberRef(String memberCode) {
        return ref + "-" + memberCode;
    }

    public static String memberType(String memberCode) {
        return "EU".equals(memberCode) ? MULTILATERAL : GOVERNMENT;
    }

    public String activityId(String pledgeId) {
        return ref + "-" + pledgeId;
    }
}
