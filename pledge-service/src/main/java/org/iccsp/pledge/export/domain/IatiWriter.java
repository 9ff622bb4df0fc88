package org.iccsp.pledge.export.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iccsp.pledge.pledge.domain.Vertical;

/**
 * Writes IATI 2.03 activity and organisation files, one element at a time (the caller streams the pledges): element
 * order, required elements and codes as the official schema and codelists want them ({@code IatiWriterTest} validates
 * the output against the XSD and every code against its codelist).
 *
 * <p>A pledge is one activity (ADR 0014): every member of a joint pledge is a funding participating organisation
 * (role 1), the target the implementing one (role 4), and each member's part is its own set of transactions with the
 * member as {@code provider-org}: an outgoing pledge (type 12) when announced, an outgoing commitment (2) once
 * committed, and its portion of each disbursement (3) with the recipient as {@code receiver-org}.
 */
public final class IatiWriter {
    public static final String VERSION = "2.03";
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** IATI TransactionType codes. */
    public static final String OUTGOING_PLEDGE = "12";
    public static final String OUTGOING_COMMITMENT = "2";
    public static final String DISBURSEMENT = "3";
    /** IATI OrganisationRole codes. */
    public static final String FUNDING = "1";
    public static final String IMPLEMENTING = "4";
    /** IATI ActivityDateType codes. */
    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    /** IATI Sector vocabulary 1: OECD DAC CRS purpose codes (5 digit). */
    public static final String DAC_5_DIGIT = "1";

    private final XMLStreamWriter xml;
    private final Publisher publisher;

    public IatiWriter(XMLStreamWriter xml, Publisher publisher) {
        this.xml = xml;
        this.publisher = publisher;
    }

    /** IATI ActivityStatus: 1 pipeline (announced), 2 implementation (committed, disbursing), 3 finalisation (fulfilled). */
    public static String activityStatus(String pledgeStatus) {
        return switch (pledgeStatus) {
            case "announced" -> "1";
            case "committed", "disbursed" -> "2";
            case "fulfilled" -> "3";
            default -> throw new IllegalArgumentException("not a public pledge status: " + pledgeStatus);
        };
    }

    public void startActivities(OffsetDateTime generated) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", dateTime(generated));
    }

    public void activity(PublicPledge p) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", dateTime(p.updatedAt()));
        xml.writeAttribute("xml", XML_NS, "lang", "en");
        xml.writeAttribute("default-currency", p.currency());
        text("iati-identifier", publisher.activityId(p.id()));
        reportingOrg();
        narrated("title", title(p));
        narrated("description", description(p));
        for (PublicPledge.Part part : p.parts()) {
            org("participating-org", publisher.memberRef(part.memberCode()), Publisher.memberType(part.memberCode()),
                    part.memberName(), Map.of("role", FUNDING));
        }
        org("participating-org", p.targetRef(), null, p.targetName() == null ? p.targetRef() : p.targetName(),
                Map.of("role", IMPLEMENTING));
        empty("activity-status", Map.of("code", activityStatus(p.status())));
        empty("activity-date", Map.of("type", PLANNED_START, "iso-date", p.valueDate().toString()));
        if (!p.disbursements().isEmpty()) {
            empty("activity-date", Map.of("type", ACTUAL_START, "iso-date", p.disbursements().get(0).date().toString()));
        }
        List<String> countries = publisher.recipientCountries();
        List<BigDecimal> countryShares = percentages(countries.size());
        for (int i = 0; i < countries.size(); i++) {
            empty("recipient-country", Map.of("code", countries.get(i), "percentage", countryShares.get(i).toPlainString()));
        }
        List<BigDecimal> sectorShares = percentages(p.verticals().size());
        for (int i = 0; i < p.verticals().size(); i++) {
            empty("sector", Map.of("vocabulary", DAC_5_DIGIT, "code", Vertical.fromCode(p.verticals().get(i)).dacPurposeCode(),
                    "percentage", sectorShares.get(i).toPlainString()));
        }
        empty("default-flow-type", Map.of("code", p.flowType()));
        empty("default-finance-type", Map.of("code", p.financeType()));
        empty("default-aid-type", Map.of("code", p.aidType()));
        for (MoneyPath.PartPath path : MoneyPath.of(p)) {
            transactions(p, path);
        }
        xml.writeEndElement();
    }

    private void transactions(PublicPledge p, MoneyPath.PartPath path) throws XMLStreamException {
        PublicPledge.Part part = path.part();
        String member = part.memberCode();
        transaction(p.id() + "-" + member + "-pledge", OUTGOING_PLEDGE, p.announcedOn(), part.amount(), part.currency(),
                p.valueDate(), part, p.targetRef(), p.targetName());
        if (p.isCommitted()) {
            transaction(p.id() + "-" + member + "-commitment", OUTGOING_COMMITMENT, p.committedOn(), part.amount(),
                    part.currency(), p.valueDate(), part, p.targetRef(), p.targetName());
        }
        for (MoneyPath.Portion portion : path.paid()) {
            transaction(p.id() + "-" + member + "-disbursement-" + portion.index(), DISBURSEMENT, portion.date(),
                    portion.amount(), part.currency(), portion.date(), part, portion.recipient(), null);
        }
    }

    private void transaction(String ref, String type, LocalDate date, BigDecimal amount, String currency,
            LocalDate valueDate, PublicPledge.Part provider, String receiverRef, String receiverName)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        xml.writeAttribute("ref", ref);
        empty("transaction-type", Map.of("code", type));
        empty("transaction-date", Map.of("iso-date", date.toString()));
        xml.writeStartElement("value");
        xml.writeAttribute("currency", currency);
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.toPlainString());
        xml.writeEndElement();
        org("provider-org", publisher.memberRef(provider.memberCode()), Publisher.memberType(provider.memberCode()),
                provider.memberName(), Map.of());
        org("receiver-org", receiverRef, null, receiverName == null ? receiverRef : receiverName, Map.of());
        xml.writeEndElement();
    }

    public void endDocument() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    /** A year of a member's public money in US dollars: pledged (its total budget) and disbursed (its expenditure). */
    public record MemberYear(int year, BigDecimal pledgedUsd, BigDecimal disbursedUsd) {
    }

    /** An organisation file for one member: its pledges per year as indicative total budgets, its disbursements as expenditure. */
    public void organisation(String memberCode, String memberName, OffsetDateTime lastUpdated, OffsetDateTime generated,
            List<MemberYear> years) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-organisations");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", dateTime(generated));
        xml.writeStartElement("iati-organisation");
        xml.writeAttribute("last-updated-datetime", dateTime(lastUpdated));
        xml.writeAttribute("xml", XML_NS, "lang", "en");
        xml.writeAttribute("default-currency", "USD");
        text("organisation-identifier", publisher.memberRef(memberCode));
        narrated("name", memberName);
        reportingOrg();
        for (MemberYear y : years) {
            period("total-budget", y.year(), y.pledgedUsd());
        }
        for (MemberYear y : years) {
            if (y.disbursedUsd().signum() > 0) {
                period("total-expenditure", y.year(), y.disbursedUsd());
            }
        }
        xml.writeEndElement();
        endDocument();
    }

    private void period(String element, int year, BigDecimal usd) throws XMLStreamException {
        LocalDate start = LocalDate.of(year, 1, 1);
        xml.writeStartElement(element);
        empty("period-start", Map.of("iso-date", start.toString()));
        empty("period-end", Map.of("iso-date", LocalDate.of(year, 12, 31).toString()));
        xml.writeStartElement("value");
        xml.writeAttribute("currency", "USD");
        xml.writeAttribute("value-date", start.toString());
        xml.writeCharacters(usd.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void reportingOrg() throws XMLStreamException {
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", publisher.ref());
        xml.writeAttribute("type", publisher.type());
        narrative(publisher.name());
        xml.writeEndElement();
    }

    private void org(String element, String ref, String type, String name, Map<String, String> attributes)
            throws XMLStreamException {
        xml.writeStartElement(element);
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
        if (name != null) {
            narrative(name);
        }
        xml.writeEndElement();
    }

    private void narrated(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        xml.writeStartElement("narrative");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, Map<String, String> attributes) throws XMLStreamException {
        xml.writeEmptyElement(element);
        // a fixed attribute order keeps the files byte-for-byte stable (their ETag digests the data, not the bytes)
        for (Map.Entry<String, String> a : new java.util.TreeMap<>(attributes).entrySet()) {
            xml.writeAttribute(a.getKey(), a.getValue());
        }
    }

    static String title(PublicPledge p) {
        String funder = p.isJoint() ? p.jointLabel() : p.parts().get(0).memberName();
        return funder + ": pledge to " + (p.targetName() == null ? p.targetRef() : p.targetName());
    }

    static String description(PublicPledge p) {
        StringBuilder s = new StringBuilder("Pledge of ").append(p.amount().toPlainString()).append(' ').append(p.currency());
        if (p.isJoint()) {
            s.append(" jointly by ");
            for (int i = 0; i < p.parts().size(); i++) {
                PublicPledge.Part part = p.parts().get(i);
                s.append(i == 0 ? "" : ", ").append(part.memberName()).append(" (")
                        .append(part.amount().toPlainString()).append(' ').append(part.currency()).append(')');
            }
        } else {
            s.append(" by ").append(p.parts().get(0).memberName());
        }
        s.append(" to the ").append(p.targetKind().replace('-', ' ')).append(' ')
                .append(p.targetName() == null ? p.targetRef() : p.targetName())
                .append(", for ").append(String.join(", ", p.verticals()))
                .append(p.newMoney() ? "; new money" : "; re-announced money")
                .append(", announced ").append(p.announcedOn()).append('.');
        return s.toString();
    }

    /** {@code n} percentages (two decimals) that add up to exactly 100. */
    static List<BigDecimal> percentages(int n) {
        if (n == 0) {
            return List.of();
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        java.util.ArrayList<BigDecimal> shares = new java.util.ArrayList<>(java.util.Collections.nCopies(n, each));
        shares.set(0, BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1))).setScale(2));
        return shares;
    }

    static String dateTime(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
