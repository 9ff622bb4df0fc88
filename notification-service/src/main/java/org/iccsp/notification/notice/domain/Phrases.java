package org.iccsp.notification.notice.domain;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A letter's phrases in a language, from the {@link NoticeMessages} bundle (Qute message bundles,
 * validated at build time: a translation naming a value the message does not take fails the build).
 * A letter names its kind ({@code registration-confirmed}) and hands its values by name; this is the
 * one place that maps a kind's subject, body and link label to the bundle's messages.
 */
@ApplicationScoped
public class Phrases {
    public static final List<String> RTL = List.of("ar", "he");
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private final Map<String, NoticeMessages> bundles = new ConcurrentHashMap<>();

    public String get(String language, String key, Map<String, String> values) {
        NoticeMessages m = bundle(language);
        V v = new V(values);
        return switch (key) {
            case "greeting" -> m.greeting();
            case "signature" -> m.signature();
            case "unsubscribe" -> m.unsubscribe(v.get("category"));
            case "event.when" -> m.eventWhen(v.get("when"), v.get("zone"), v.get("venue"));
            case "organization-registered.subject" -> m.organizationRegisteredSubject(v.get("legalName"));
            case "organization-registered.body" -> m.organizationRegisteredBody(v.get("legalName"), v.get("organizationId"));
            case "organization-listed.subject" -> m.organizationListedSubject(v.get("legalName"));
            case "organization-listed.body" -> m.organizationListedBody(v.get("legalName"), v.get("organizationId"));
            case "organization-verified.subject" -> m.organizationVerifiedSubject(v.get("legalName"));
            case "organization-verified.body" -> m.organizationVerifiedBody(v.get("legalName"));
            case "organization-rejected.subject" -> m.organizationRejectedSubject(v.get("legalName"));
            case "organization-rejected.body" -> m.organizationRejectedBody(v.get("legalName"), v.get("reason"));
            case "registration-confirmed.subject" -> m.registrationConfirmedSubject(v.get("title"));
            case "registration-confirmed.body" -> m.registrationConfirmedBody(v.get("title"), v.get("places"));
            case "registration-waitlisted.subject" -> m.registrationWaitlistedSubject(v.get("title"));
            case "registration-waitlisted.body" -> m.registrationWaitlistedBody(v.get("position"), v.get("title"));
            case "registration-offered.subject" -> m.registrationOfferedSubject(v.get("title"));
            case "registration-offered.body" -> m.registrationOfferedBody(v.get("title"), v.get("expires"));
            case "invitation-sent.subject" -> m.invitationSentSubject(v.get("title"));
            case "invitation-sent.body" -> m.invitationSentBody(v.get("title"), v.get("expires"));
            case "invitation-sent.link" -> m.invitationSentLink();
            case "event-changed.subject" -> m.eventChangedSubject(v.get("title"));
            case "event-changed.body" -> m.eventChangedBody(v.get("title"));
            case "event-cancelled.subject" -> m.eventCancelledSubject(v.get("title"));
            case "event-cancelled.body" -> m.eventCancelledBody(v.get("title"));
            case "pledge-submitted.subject" -> m.pledgeSubmittedSubject(v.get("amount"), v.get("currency"));
            case "pledge-submitted.body" -> m.pledgeSubmittedBody(v.get("pledgeId"), v.get("amount"), v.get("currency"),
                    v.get("target"), v.get("valueDate"));
            case "category.directory" -> m.categoryDirectory();
            case "category.registrations" -> m.categoryRegistrations();
            case "category.invitations" -> m.categoryInvitations();
            case "category.event-updates" -> m.categoryEventUpdates();
            case "category.pledge-receipts" -> m.categoryPledgeReceipts();
            case "category.cancellations" -> m.categoryCancellations();
            case "category.security" -> m.categorySecurity();
            default -> throw new IllegalStateException("no phrase " + key);
        };
    }

    public List<String> paragraphs(String language, String key, Map<String, String> values) {
        return Arrays.stream(get(language, key, values).split("\n")).filter(p -> !p.isBlank()).toList();
    }

    public static String direction(String language) {
        return RTL.contains(language) ? "rtl" : "ltr";
    }

    private NoticeMessages bundle(String language) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        return bundles.computeIfAbsent(lang, l -> "en".equals(l) ? MessageBundles.get(NoticeMessages.class)
                : MessageBundles.get(NoticeMessages.class, Localized.Literal.of(l)));
    }

    /** A missing value reads as empty text, as it did in the properties-based wording. */
    private record V(Map<String, String> values) {
        String get(String name) {
            String value = values.get(name);
            return value == null ? "" : value;
        }
    }
}
