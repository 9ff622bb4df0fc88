package org.iccsp.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Everything the SMTP capture (GreenMail) has received, readable for searching. */
final class Mailbox {
    record Message(String recipient, String subject, String text) {
        /** The Message-ID header: the same on every copy the sender sends of one message ("" when absent). */
        String messageId() {
            return text.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.regionMatches(true, 0, "Message-ID:", 0, 11))
                    .map(line -> line.substring(11).strip()).findFirst().orElse("");
        }

        /** The text/html part (what a mail client renders), or "" when there is none. */
        String html() {
            int part = text.indexOf("Content-Type: text/html");
            if (part < 0) {
                return "";
            }
            int start = text.indexOf("\r\n\r\n", part);
            int end = text.indexOf("\r\n--", start);
            return text.substring(start + 4, end < 0 ? text.length() : end);
        }
    }

    private Mailbox() {
    }

    /** Every message of every mailbox, its MIME source with quoted-printable undone (what a reader sees). */
    static List<Message> all() {
        List<Message> messages = new ArrayList<>();
        for (JsonNode user : Http.get(LocalStack.MAIL_API + "/api/user").json()) {
            messages.addAll(to(user.get("email").asText()));
        }
        return messages;
    }

    /** The messages of one mailbox (none while nothing was sent to it). */
    static List<Message> to(String address) {
        Http.Reply box = Http.get(LocalStack.MAIL_API + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/");
        List<Message> messages = new ArrayList<>();
        if (box.status() == 200) {
            box.json().forEach(m -> messages.add(new Message(address, m.path("subject").asText(),
                    unquote(m.path("mimeMessage").asText()))));
        }
        return messages;
    }

    /** Quoted-printable decoding (RFC 2045): soft line breaks go, =XX becomes its byte. */
    static String unquote(String mime) {
        String joined = mime.replace("=\r\n", "").replace("=\n", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = joined.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '=' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
