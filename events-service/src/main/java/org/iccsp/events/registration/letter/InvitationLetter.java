package org.iccsp.events.registration.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.iccsp.events.event.persistence.Event;
import org.iccsp.events.registration.persistence.Registration;

/**
 * The letter a confirmed participant shows a consulate for a visa: who they are, what event, where
 * and when (venue time), signed off by the consortium's events office. A4, in DejaVu Sans embedded
 * from the classpath (no system font needed), so names in Arabic or Hebrew script print as written:
 * Arabic letters are shaped into their joined forms and right-to-left runs put in visual order.
 */
public final class InvitationLetter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 11;
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");
    private static final ArabicShaping SHAPING = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private InvitationLetter() {
    }

    /** {@code organizationName} is the organisation's legal name when known, else null. */
    public static byte[] render(Event event, Registration r, String organizationName, LocalDate issued) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(issued.format(DAY));
        paragraphs.add("Reference: " + r.id);
        paragraphs.add("To whom it may concern,");
        paragraphs.add("The International Consortium for Civil Society Peacebuilding confirms that the person named"
                + " below is a confirmed participant in the event below.");
        // one labelled line per fact: a name in Arabic or Hebrew script never starts or splits a line
        List<String> facts = new ArrayList<>();
        facts.add("Participant: " + isolate(r.registrantName));
        if (r.organizationId != null) {
            facts.add("On behalf of: " + (organizationName == null ? r.organizationId
                    : isolate(organizationName) + " (" + r.organizationId + ")"));
        }
        if (r.governmentCode != null) {
            facts.add("For the government of: " + r.governmentCode);
        }
        List<String> delegation = delegation(r.delegation);
        if (!delegation.isEmpty()) {
            facts.add("Delegation, in protocol order: " + String.join("; ", delegation));
        }
        facts.add("Event: \"" + isolate(event.title) + "\"");
        facts.add("Venue: " + isolate(event.venue));
        facts.add("Dates: from " + event.startsAt.atZoneSameInstant(event.zone()).format(DAY_TIME) + " to "
                + event.endsAt.atZoneSameInstant(event.zone()).format(DAY_TIME) + " (local time, " + event.timeZone + ")");
        paragraphs.add(String.join("\n", facts));
        paragraphs.add("We kindly ask the competent authorities to facilitate the issue of any visa needed for"
                + " this journey. The consortium does not cover travel or accommodation unless agreed separately.");
        paragraphs.add("ICCSP Events Office");

        try (TrueTypeFont regularFile = parse(REGULAR); TrueTypeFont boldFile = parse(BOLD);
                PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invitation letter: " + event.title);
            info.setAuthor("ICCSP");
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, regularFile, true);
            PDType0Font bold = PDType0Font.load(document, boldFile, true);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                text.setFont(bold, 14);
                text.showText("International Consortium for Civil Society Peacebuilding");
                text.setFont(regular, SIZE);
                text.setLeading(15);
                text.newLine();
                text.newLine();
                for (String paragraph : paragraphs) {
                    for (String part : paragraph.split("\n")) {
                        for (String line : wrap(printable(part, regularFile), regular)) {
                            text.showText(visual(line));
                            text.newLine();
                        }
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

    /**
     * A line as it is drawn, left to right: Arabic letters in their joined (presentation) forms, runs
     * of Arabic or Hebrew reversed, mirrored brackets; the letter's own direction is left to right.
     */
    public static String visual(String logical) {
        try {
            Bidi bidi = new Bidi();
            bidi.setPara(SHAPING.shape(logical), Bidi.LTR, null);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException e) {
            throw new IllegalArgumentException("cannot shape " + logical, e);
        }
    }

    /**
     * A value given by a person (a name, a title, a venue) as a unit of its own direction: in a list of
     * delegates, an Arabic name and a Hebrew title stay in the list's order (Unicode first-strong isolate,
     * FSI … PDI). The value's own bidi controls are balanced first, so that none reaches past it: a pop
     * (PDI, PDF) that closes nothing opened inside the value is dropped (a PDI would otherwise end the
     * isolate early and let a following U+202E turn the rest of the line around), and whatever the value
     * leaves open (U+202E RIGHT-TO-LEFT OVERRIDE, an isolate) is closed before the isolate ends.
     */
    public static String isolate(String value) {
        StringBuilder out = new StringBuilder("\u2068");
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        value.codePoints().forEach(cp -> {
            switch (cp) {
                case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068 -> { // LRE RLE LRO RLO LRI RLI FSI
                    open.push(cp);
                    out.appendCodePoint(cp);
                }
                case 0x202C -> { // PDF closes the innermost embedding or override, never an isolate
                    if (!open.isEmpty() && !isIsolate(open.peek())) {
                        open.pop();
                        out.appendCodePoint(cp);
                    }
                }
                case 0x2069 -> { // PDI closes the innermost isolate opened in the value and what it holds
                    if (open.stream().anyMatch(InvitationLetter::isIsolate)) {
                        while (!isIsolate(open.pop())) {
                            // the embeddings inside the isolate end with it (as the algorithm does)
                        }
                        out.appendCodePoint(cp);
                    }
                }
                default -> out.appendCodePoint(cp);
            }
        });
        while (!open.isEmpty()) {
            out.appendCodePoint(isIsolate(open.pop()) ? 0x2069 : 0x202C);
        }
        return out.append('\u2069').toString();
    }

    private static boolean isIsolate(int control) {
        return control == 0x2066 || control == 0x2067 || control == 0x2068;
    }

    /**
     * Characters the font has no glyph for (scripts beyond Latin, Greek, Cyrillic, Arabic, Hebrew…)
     * print as U+FFFD; invisible format characters without one are dropped; bidi controls are kept for
     * {@link #visual}, which removes them.
     */
    private static String printable(String text, TrueTypeFont font) throws IOException {
        var cmap = font.getUnicodeCmapLookup();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (cmap.getGlyphId(cp) > 0 || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)) {
                out.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(0xFFFD);
            }
        });
        return out.toString();
    }

    /** Breaks at spaces, measuring each line as drawn (shaping changes widths). */
    private static List<String> wrap(String paragraph, PDType0Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(visual(candidate)) / 1000 * SIZE > WIDTH) {
                lines.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        lines.add(line);
        return lines;
    }

    private static List<String> delegation(String stored) {
        List<String> people = new ArrayList<>();
        if (stored == null) {
            return people;
        }
        try {
            for (JsonNode person : new ObjectMapper().readTree(stored)) {
                String title = person.path("title").asText("");
                people.add(person.path("protocolOrder").asInt() + ". " + isolate(person.path("name").asText())
                        + (title.isBlank() ? "" : " (" + isolate(title) + ")"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored delegation is not JSON", e);
        }
        return people;
    }

    private static TrueTypeFont parse(byte[] file) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    private static byte[] fontFile(String name) {
        try (InputStream in = InvitationLetter.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is not on the classpath (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }
}
