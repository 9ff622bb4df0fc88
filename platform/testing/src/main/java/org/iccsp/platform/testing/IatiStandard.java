package org.iccsp.platform.testing;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The official IATI 2.03 schemas and codelists, copied unchanged from the standard into this module's resources
 * ({@code iati-2.03/}: a clean clone has no {@code ../shared}), for pledge-service's tests and the end-to-end suite:
 * validates a file against the XSD and checks each coded attribute against its codelist (issue 20).
 */
public final class IatiStandard {
    private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

    private IatiStandard() {
    }

    public static void validateActivities(String xml) throws Exception {
        schema("iati-activities-schema.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    public static void validateOrganisations(String xml) throws Exception {
        schema("iati-organisations-schema.xsd").newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema schema(String name) throws SAXException {
        URL url = IatiStandard.class.getResource("/iati-2.03/" + name);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(url); // xml.xsd and iati-common.xsd are found next to it
    }

    /** The active codes of a codelist (ActivityStatus, Sector, ...). */
    public static synchronized Set<String> active(String codelist) throws Exception {
        if (!CODELISTS.containsKey(codelist)) {
            try (InputStream in = IatiStandard.class.getResourceAsStream("/iati-2.03/codelists/" + codelist + ".xml")) {
                if (in == null) {
                    throw new AssertionError("no codelist " + codelist);
                }
                Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                NodeList items = doc.getElementsByTagName("codelist-item");
                Set<String> codes = new HashSet<>();
                for (int i = 0; i < items.getLength(); i++) {
                    Element item = (Element) items.item(i);
                    if (!"withdrawn".equals(item.getAttribute("status"))) {
                        codes.add(item.getElementsByTagName("code").item(0).getTextContent().strip());
                    }
                }
                CODELISTS.put(codelist, codes);
            }
        }
        return CODELISTS.get(codelist);
    }

    /** The English name of a code in its codelist (null when the codelist has no such code). */
    public static String name(String codelist, String code) throws Exception {
        try (InputStream in = IatiStandard.class.getResourceAsStream("/iati-2.03/codelists/" + codelist + ".xml")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList items = doc.getElementsByTagName("codelist-item");
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                if (code.equals(item.getElementsByTagName("code").item(0).getTextContent().strip())) {
                    Element name = (Element) item.getElementsByTagName("name").item(0);
                    return name.getElementsByTagName("narrative").item(0).getTextContent().strip();
                }
            }
            return null;
        }
    }

    /** Fails unless every coded attribute of an activity or organisation file is an active code of its codelist. */
    public static void checkCodes(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        check(doc, "activity-status", "code", "ActivityStatus");
        check(doc, "activity-date", "type", "ActivityDateType");
        check(doc, "recipient-country", "code", "Country");
        check(doc, "sector", "code", "Sector");
        check(doc, "default-flow-type", "code", "FlowType");
        check(doc, "default-finance-type", "code", "FinanceType");
        check(doc, "default-aid-type", "code", "AidType");
        check(doc, "transaction-type", "code", "TransactionType");
        check(doc, "participating-org", "role", "OrganisationRole");
        check(doc, "participating-org", "type", "OrganisationType");
        check(doc, "reporting-org", "type", "OrganisationType");
        check(doc, "provider-org", "type", "OrganisationType");
        check(doc, "value", "currency", "Currency");
        NodeList activities = doc.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            requireCode("Currency", ((Element) activities.item(i)).getAttribute("default-currency"));
        }
        NodeList sectors = doc.getElementsByTagName("sector");
        for (int i = 0; i < sectors.getLength(); i++) {
            if (!"1".equals(((Element) sectors.item(i)).getAttribute("vocabulary"))) {
                throw new AssertionError("a sector outside vocabulary 1 (DAC 5 digit)");
            }
        }
    }

    private static void check(Document doc, String element, String attribute, String codelist) throws Exception {
        NodeList nodes = doc.getElementsByTagName(element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.hasAttribute(attribute)) {
                requireCode(codelist, e.getAttribute(attribute));
            }
        }
    }

    private static void requireCode(String codelist, String code) throws Exception {
        if (!active(codelist).contains(code)) {
            throw new AssertionError(code + " is not an active code of the IATI " + codelist + " codelist");
        }
    }
}
