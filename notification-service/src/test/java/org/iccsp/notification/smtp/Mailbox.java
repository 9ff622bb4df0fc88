package org.iccsp.notification.smtp;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server received, parsed from the MIME messages as a mail client would. */
public final class Mailbox {
    private Mailbox() {
    }

    public record Attachment(String fileName, String contentType, String content) {
    }

    /** One received message; {@code raw} is the source as it came over SMTP. */
    public record Received(String messageId, String from, String subject, String text, String html,
            List<Attachment> attachments, MimeMessage raw) {
        public String header(String name) {
            try {
                return raw.getHeader(name, ",");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every message delivered to the address, in the order received. */
    public static List<Received> to(String address) {
        List<Received> out = new ArrayList<>();
        for (MimeMessage m : SmtpServerResource.server().getReceivedMessages()) {
            try {
                if (isTo(m, address)) {
                    out.add(parse(m));
                }
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("unreadable message", e);
            }
        }
        return out;
    }

    private static Received parse(MimeMessage m) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<Attachment> attachments = new ArrayList<>();
        walk(m, text, html, attachments);
        return new Received(m.getMessageID(), ((InternetAddress) m.getFrom()[0]).getAddress(), m.getSubject(),
                text.toString(), html.toString(), attachments, m);
    }

    private static void walk(Part part, StringBuilder text, StringBuilder html, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, text, html, attachments);
            }
        } else if (part.getFileName() != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(new Attachment(part.getFileName(), part.getContentType(),
                    new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8)));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }

    private static boolean isTo(Message m, String address) throws MessagingException {
        return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients())
                .anyMatch(a -> a instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address));
    }
}
