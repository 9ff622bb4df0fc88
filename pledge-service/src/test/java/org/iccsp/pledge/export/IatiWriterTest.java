package org.iccsp.pledge.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;
import org.iccsp.pledge.export.domain.IatiWriter;
import org.iccsp.platform.testing.IatiStandard;
import org.iccsp.pledge.export.domain.PublicPledge;
import org.iccsp.pledge.export.domain.Publisher;
import org.iccsp.pledge.pledge.domain.IatiCodes;
import org.iccsp.pledge.pledge.domain.Vertical;
import org.junit.jupiter.api.Test;

/** The IATI mapping, without Quarkus: every file validates against the official 2.03 XSD and uses only codelist codes. */
class IatiWriterTest {
    static final Publisher PUBLISHER = new Publisher("XI-IATI-ICCSP", "ICCSP secretariat", "40", List.of("PS", "IL"));
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    static PublicPledge single(String status, List<PublicPledge.Disbursement> disbursements) {
        return new PublicPledge("pledge-1", status, new BigDecimal("150.00"), "EUR", LocalDate.of(2026, 3, 1),
                List.of("dialogue-and-reconciliation", "education"), "cso-project", "org-0001/project-1", "Shared <classrooms> & co",
                "event-1", true, "110", "C01", "10", null,
                List.of(new PublicPledge.Part("FR", "France", new BigDecimal("150.00"), "EUR")), AT,
                "announced".equals(status) ? null : LocalDate.of(2026, 3, 5), disbursements, AT);
    }

    static PublicPledge joint() {
        return new PublicPledge("pledge-2", "disbursed", new BigDecimal("300.00"), "EUR", LocalDate.of(2026, 3, 1),
                List.of("humanitarian"), "common-resource", "fund-1", null, null, false, "421", "D02", "21",
                "G7 fund", List.of(new PublicPledge.Part("FR", "France", new BigDecimal("200.00"), "EUR"),
                        new PublicPledge.Part("JP", "Japan", new BigDecimal("16000"), "JPY")),
                AT, LocalDate.of(2026, 3, 5),
                List.of(new PublicPledge.Disbursement(new BigDecimal("100.00"), LocalDate.of(2026, 4, 1), "org-0002")), AT);
    }

    static String activities(PublicPledge... pledges) throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        IatiWriter writer = new IatiWriter(xml, PUBLISHER);
        writer.startActivities(AT);
        for (PublicPledge p : pledges) {
            writer.activity(p);
        }
        writer.endDocument();
        return out.toString();
    }

    @Test
    void activitiesOfEveryStageValidateAndUseOnlyCodelistCodes() throws Exception {
        String xml = activities(single("announced", List.of()), single("committed", List.of()),
                single("fulfilled", List.of(new PublicPledge.Disbursement(new BigDecimal("150.00"), LocalDate.of(2026, 4, 1), "org-0009"))),
                joint());
        IatiStandard.validateActivities(xml);
        IatiStandard.checkCodes(xml);
        assertTrue(xml.contains("Shared &lt;classrooms&gt; &amp; co"), xml);
    }

    @Test
    void transactionsArePledgeCommitmentAndDisbursementPerMember() throws Exception {
        String xml = activities(joint());
        // FR and JP: a pledge (12) and a commitment (2) each, and their portions of the one disbursement (3)
        assertEquals(2, count(xml, "<transaction-type code=\"12\"/>"));
        assertEquals(2, count(xml, "<transaction-type code=\"2\"/>"));
        assertEquals(2, count(xml, "<transaction-type code=\"3\"/>"));
        assertEquals(2, count(xml, "role=\"1\""), "each member of the joint pledge funds it");
        assertTrue(xml.contains("<value currency=\"EUR\" value-date=\"2026-04-01\">66.67</value>"), xml);
        assertTrue(xml.contains("<value currency=\"JPY\" value-date=\"2026-04-01\">5333</value>"), xml);
        assertTrue(xml.contains("<receiver-org ref=\"org-0002\">"), "a disbursement names its recipient: " + xml);
        assertTrue(xml.contains("<default-finance-type code=\"421\"/>"), xml);
        assertTrue(xml.contains("<sector code=\"72010\" percentage=\"100.00\" vocabulary=\"1\"/>"), xml);
    }

    @Test
    void sectorsAreTheVerticalsDacCodesSharingAHundredPercent() throws Exception {
        String xml = activities(single("announced", List.of()));
        assertTrue(xml.contains("<sector code=\"15220\" percentage=\"50.00\" vocabulary=\"1\"/>"), xml);
        assertTrue(xml.contains("<sector code=\"11110\" percentage=\"50.00\" vocabulary=\"1\"/>"), xml);
        assertTrue(xml.contains("<recipient-country code=\"PS\" percentage=\"50.00\"/>"), xml);
        assertEquals(1, count(xml, "<transaction-type"), "an announced pledge is only a pledge (12)");
    }

    @Test
    void organisationFileValidates() throws Exception {
        StringWriter out = new StringWriter();
        IatiWriter writer = new IatiWriter(XMLOutputFactory.newInstance().createXMLStreamWriter(out), PUBLISHER);
        writer.organisation("FR", "France", AT, AT, List.of(new IatiWriter.MemberYear(2026, new BigDecimal("1234.5678"),
                new BigDecimal("100")), new IatiWriter.MemberYear(2027, new BigDecimal("10"), BigDecimal.ZERO)));
        String xml = out.toString();
        IatiStandard.validateOrganisations(xml);
        IatiStandard.checkCodes(xml);
        assertTrue(xml.contains("<organisation-identifier>XI-IATI-ICCSP-FR</organisation-identifier>"), xml);
        assertTrue(xml.contains(">1234.57</value>"), xml);
        assertEquals(2, count(xml, "<total-budget>"));
        assertEquals(1, count(xml, "<total-expenditure>"));
    }

    @Test
    void anEmptyActivityFileWouldNotValidate() throws Exception {
        // why the export answers 404 rather than a file when no pledge is public: the schema wants one activity
        assertThrows(org.xml.sax.SAXException.class, () -> IatiStandard.validateActivities(activities()));
    }

    @Test
    void everyCodeThePlatformCanWriteIsInItsCodelist() throws Exception {
        for (Vertical v : Vertical.values()) {
            assertTrue(IatiStandard.active("Sector").contains(v.dacPurposeCode()), v + " " + v.dacPurposeCode());
        }
        assertTrue(IatiStandard.active("FinanceType").containsAll(IatiCodes.FINANCE_TYPES.keySet()));
        assertTrue(IatiStandard.active("AidType").containsAll(IatiCodes.AID_TYPES));
        assertTrue(IatiStandard.active("FlowType").containsAll(IatiCodes.FLOW_TYPES));
        assertTrue(IatiStandard.active("TransactionType").containsAll(Set.of(IatiWriter.OUTGOING_PLEDGE,
                IatiWriter.OUTGOING_COMMITMENT, IatiWriter.DISBURSEMENT)));
        assertEquals("Outgoing Pledge", name("TransactionType", "12"));
        assertEquals("Outgoing Commitment", name("TransactionType", "2"));
        assertEquals("Disbursement", name("TransactionType", "3"));
        assertEquals("Civilian peace-building, conflict prevention and resolution",
                name("Sector", Vertical.DIALOGUE_AND_RECONCILIATION.dacPurposeCode()));
        assertEquals("Standard grant", name("FinanceType", IatiCodes.GRANT));
        assertEquals("Standard loan", name("FinanceType", IatiCodes.LOAN));
        for (String status : List.of("announced", "committed", "disbursed", "fulfilled")) {
            assertTrue(IatiStandard.active("ActivityStatus").contains(IatiWriter.activityStatus(status)));
        }
        for (String country : PUBLISHER.recipientCountries()) {
            assertTrue(IatiStandard.active("Country").contains(country));
        }
    }

    private static String name(String codelist, String code) throws Exception {
        return IatiStandard.name(codelist, code);
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
