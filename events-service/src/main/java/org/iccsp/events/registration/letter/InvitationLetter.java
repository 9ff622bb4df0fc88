package org.iccsp.events.registration.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.persistence.Registration;

/**
 * The letter a confirmed participant shows a consulate for a visa: who they are, what event, where
 * and when (venue time), signed off by the consortium's events office. A4, the PDF standard fonts.
 */
public final class InvitationLetter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private InvitationLetter() {
    }

    public static byte[] render(Event event, Registration r, LocalDate issued) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(issued.format(DAY));
        paragraphs.add("Reference: " + r.id);
        paragraphs.add("To whom it may concern,");
        String who = r.registrantName + (r.organizationId != null ? ", on behalf of organisation " + r.organizationId : "")
                + (r.governmentCode != null ? ", for the government of " + r.governmentCode : "");
        paragraphs.add("The International Consortium for Civil Society Peacebuilding confirms that " + who
                + " is a confirmed participant in \"" + event.title + "\", which takes place at " + event.venue
                + " from " + event.startsAt.atZoneSameInstant(event.zone()).format(DAY_TIME) + " to "
                + event.endsAt.atZoneSameInstant(event.zone()).format(DAY_TIME) + " (local time, " + event.timeZone
                + ").");
        List<String> delegation = delegation(r.delegation);
        if (!delegation.isEmpty()) {
            paragraphs.add("The delegation, in protocol order: " + String.join("; ", delegation) + ".");
        }
        paragraphs.add("We kindly ask the competent authorities to facilitate the issue of any visa needed for"
                + " this journey. The consortium does not cover travel or accommodation unless agreed separately.");
        paragraphs.add("ICCSP Events Office");

        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invitation letter: " + printable(event.title));
            info.setAuthor("ICCSP");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                text.setFont(bold, 14);
                text.showText("International Consortium for Civil Society Peacebuilding");
                text.setFont(regular, 11);
                text.setLeading(15);
                text.newLine();
                text.newLine();
                for (String paragraph : paragraphs) {
                    for (String line : wrap(printable(paragraph), regular, 11)) {
                        text.showText(line);
                        text.newLine();
                    }
                    text.newLine();
                }
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letter", e);
        }
    }

    private static List<String> delegation(String stored) {
        List<String> people = new ArrayList<>();
        if (stored == null) {
            return people;
        }
        try {
            for (JsonNode person : new ObjectMapper().readTree(stored)) {
                String title = person.path("title").asText("");
                people.add(person.path("protocolOrder").asInt() + ". " + person.path("name").asText()
                        + (title.isBlank() ? "" : " (" + title + ")"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored delegation is not JSON", e);
        }
        return people;
    }

    /**
     * The standard fonts cover Latin-1 (WinAnsi) only: other characters (Arabic or Hebrew script) are
     * replaced by '?'. Consulates need the passport's Latin-script name anyway.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp <= 0xFF && (cp < 0x7F || cp >= 0xA0)
                || "‘’“”–—€".indexOf(cp) >= 0 ? Character.toString(cp) : "?"));
        return out.toString();
    }

    private static List<String> wrap(String paragraph, PDType1Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
