package org.iccsp.gateway.web.common;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iccsp.gateway.web.i18n.ErrorMessages;

/**
 * A service's refusal in the reader's words, in the templates' {@code problems:} namespace: each
 * field the problem names gets the form's label for it and what is wrong with it, and a refusal
 * without fields gets its reason, all from the {@code err} message bundle in the page's language.
 * The service's own text (field keys, Java types, ids, English) never reaches the page: what the
 * service meant is recognised from it, and anything not recognised is a general sentence.
 */
@TemplateExtension(namespace = "problems")
public final class ProblemTexts {
    private static final Pattern BETWEEN = Pattern.compile("size must be between (\\d+) and (\\d+)");
    private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) characters");

    private ProblemTexts() {
    }

    /** One named field: the control to link to (or null), the form's label for it, what is wrong. */
    @io.quarkus.qute.TemplateData
    public record Line(String anchor, String label, String text) {
    }

    /** The problem as the page shows it: a reason (or null), and the fields it names. */
    @io.quarkus.qute.TemplateData
    public record Shown(String reason, List<Line> errors) {
    }

    /** The problem as the page shows it: {@code reason} (or null) and {@code errors} (anchor, label, text). */
    public static Shown readable(Map<String, Object> problem, @TemplateAttribute("locale") Object locale) {
        return readable(problem, language(locale));
    }

    /** What is wrong with the control {@code anchor}, or null when the problem does not name it. */
    public static String at(Map<String, Object> problem, String anchor, @TemplateAttribute("locale") Object locale) {
        if (problem == null || !(problem.get("errors") instanceof List<?> errors)) {
            return null;
        }
        ErrorMessages m = bundle(language(locale));
        for (Object e : errors) {
            if (e instanceof Map<?, ?> error && anchor.equals(error.get("anchor"))) {
                return text(m, String.valueOf(error.get("message")), language(locale));
            }
        }
        return null;
    }

    public static Shown readable(Map<String, Object> problem, String lang) {
        if (problem == null) {
            return null;
        }
        ErrorMessages m = bundle(lang);
        List<Line> errors = new ArrayList<>();
        if (problem.get("errors") instanceof List<?> list) {
            for (Object e : list) {
                if (e instanceof Map<?, ?> error) {
                    errors.add(new Line(error.get("anchor") == null ? null : error.get("anchor").toString(),
                            label(m, String.valueOf(error.get("field"))), text(m, String.valueOf(error.get("message")), lang)));
                }
            }
        }
        String detail = problem.get("detail") == null ? "" : problem.get("detail").toString();
        String reason = errors.isEmpty() ? reason(m, detail.toLowerCase(Locale.ROOT)) : null;
        if (errors.isEmpty() && reason == null) {
            reason = byKind(m, String.valueOf(problem.get("kind")));
        }
        return new Shown(reason, errors);
    }

    public static ErrorMessages bundle(String lang) {
        return MessageBundles.get(ErrorMessages.class, Localized.Literal.of(lang));
    }

    private static String language(Object locale) {
        if (locale instanceof Locale l) {
            return Chrome.language(l.getLanguage(), null);
        }
        return Chrome.language(locale == null ? null : locale.toString(), null);
    }

    /** The form's name for a field path ({@code shares[1].amount}, {@code contacts[0].email}, {@code q}). */
    public static String label(ErrorMessages m, String field) {
        String[] parts = field.replaceAll("\\[\\d+]", "").split("\\.");
        String last = label(m, parts[parts.length - 1].toLowerCase(Locale.ROOT), parts.length > 1);
        if (last != null) {
            return last;
        }
        String first = label(m, parts[0].toLowerCase(Locale.ROOT), false);
        return first != null ? first : m.thisField();
    }

    private static String label(ErrorMessages m, String key, boolean nested) {
        return switch (key) {
            case "amount", "disbursedamount" -> m.fieldAmount();
            case "currency" -> m.fieldCurrency();
            case "valuedate" -> m.fieldValueDate();
            case "membercode", "member" -> m.fieldMember();
            case "code" -> nested ? null : m.fieldMember();
            case "verticals", "vertical" -> m.fieldVerticals();
            case "sectors", "sector" -> m.fieldSectors();
            case "target", "ref" -> m.fieldTarget();
            case "eventid", "feedseventid", "event" -> m.fieldEvent();
            case "notes" -> m.fieldNotes();
            case "jointlabel" -> m.fieldJointLabel();
            case "shares" -> m.fieldShares();
            case "country" -> m.fieldCountry();
            case "name", "legalname", "namear", "namehe", "nameen", "displayname" -> m.fieldName();
            case "type" -> m.fieldType();
            case "description" -> m.fieldDescription();
            case "website", "url" -> m.fieldWebsite();
            case "email", "contactemail" -> m.fieldEmail();
            case "languages", "language" -> m.fieldLanguages();
            case "q" -> m.fieldSearch();
            case "cursor" -> m.fieldCursor();
            case "sort" -> m.fieldSort();
            case "representationgroup" -> m.fieldRepresentationGroup();
            case "delegation" -> m.fieldDelegation();
            case "capacity" -> m.fieldCapacity();
            case "startsat", "from" -> m.fieldStartsAt();
            case "endsat", "to" -> m.fieldEndsAt();
            case "timezone" -> m.fieldTimeZone();
            case "title" -> m.fieldTitle();
            case "reason" -> m.fieldReason();
            case "date" -> m.fieldDate();
            case "embargoid", "embargo" -> m.fieldEmbargo();
            case "releaseat" -> m.fieldReleaseAt();
            case "status" -> m.fieldStatus();
            case "city" -> m.fieldCity();
            case "contacts" -> m.fieldContacts();
            case "phone" -> m.fieldPhone();
            case "idempotency-key", "body", "action", "id" -> m.fieldForm();
            case "visibility" -> m.fieldVisibility();
            case "kind" -> m.fieldKind();
            case "groupby" -> m.fieldGroupBy();
            default -> null;
        };
    }

    /** What is wrong with a field, from the service's message about it. */
    public static String text(ErrorMessages m, String message, String lang) {
        String said = message.toLowerCase(Locale.ROOT);
        String reason = reason(m, said);
        if (reason != null) {
            return reason;
        }
        Matcher between = BETWEEN.matcher(said);
        Matcher atMost = AT_MOST.matcher(said);
        if (said.contains("control character")) {
            return m.controlCharacters();
        } else if (said.contains("less than") || said.contains("digits") || said.contains("too large")) {
            return m.tooLarge();
        } else if (said.contains("greater than") || said.contains("positive")) {
            return m.positive();
        } else if (said.contains("bigdecimal") || said.contains("number") || said.contains("numeric")
                || said.contains("integer") || said.contains("cannot deserialize")) {
            return m.number(example(lang));
        } else if (said.contains("must not be blank") || said.contains("must not be null") || said.contains("must not be empty")
                || said.contains("required") || said.contains("missing") || said.contains("needs a")) {
            return m.required();
        } else if (between.find()) {
            return m.between(between.group(1), between.group(2));
        } else if (atMost.find()) {
            return m.tooLong(atMost.group(1));
        } else if (said.contains("iso 3166")) {
            return m.country();
        } else if (said.contains("iso 4217")) {
            return m.currency();
        } else if (said.contains("iso 639")) {
            return m.language();
        } else if (said.contains("email")) {
            return m.email();
        } else if (said.contains("url") || said.contains("http")) {
            return m.url();
        } else if (said.contains("time zone")) {
            return m.timeZone();
        } else if (said.contains("must be after")) {
            return m.after();
        } else if (said.contains("not be in the future")) {
            return m.notFuture();
        } else if (said.contains("in the future")) {
            return m.future();
        } else if (said.contains("within the event")) {
            return m.within();
        } else if (said.contains("iso-8601") || said.contains("date")) {
            return m.date();
        } else if (said.contains("unknown member")) {
            return m.unknownMember();
        } else if (said.contains("unknown") || said.contains("must be one of") || said.contains("not one of")) {
            return m.unknownValue();
        }
        return m.checkValue();
    }

    /** A reason the reader can act on, recognised in what the service said; null when none is. */
    public static String reason(ErrorMessages m, String said) {
        if (said.contains("already have a place")) {
            return m.reasonPlaceTaken();
        } else if (said.contains("no place left")) {
            return m.reasonNoPlaceLeft();
        } else if (said.contains("no place is offered")) {
            return m.reasonNoOffer();
        } else if (said.contains("is full")) {
            return m.reasonFull();
        } else if (said.contains("already registered") || said.contains("already has a delegation")) {
            return m.reasonAlreadyRegistered();
        } else if (said.contains("cancelled")) {
            return m.reasonCancelled();
        } else if (said.contains(" is over")) {
            return m.reasonOver();
        } else if (said.contains("by invitation only")) {
            return m.reasonInvitationOnly();
        } else if (said.contains("another email address")) {
            return m.reasonInvitationOtherAddress();
        } else if (said.contains("invitation expired")) {
            return m.reasonExpired();
        } else if (said.contains("not an invitation to")) {
            return m.reasonInvitationOtherEvent();
        } else if (said.contains(" is for ") && said.contains("participants")) {
            return m.reasonOtherAudience();
        } else if (said.contains("only participants with a confirmed registration") || said.contains(", not confirmed")) {
            return m.reasonNotConfirmed();
        } else if (said.contains("already released") || said.contains("already been released")) {
            return m.reasonAlreadyReleased();
        } else if (said.matches("(?s).*cannot \\S+ a pledge that is.*")) {
            return m.reasonWrongState();
        } else if (said.contains("exceeds what remains")) {
            return m.reasonExceedsRemaining();
        } else if (said.contains("shares add up")) {
            return m.reasonSharesDoNotAddUp();
        } else if (said.contains("not linked to an organisation")) {
            return m.reasonNoOrganisation();
        } else if (said.contains("not linked to a government")) {
            return m.reasonNoGovernment();
        } else if (said.contains("already exists")) {
            return m.reasonAlreadyExists();
        }
        return null;
    }

    public static String byKind(ErrorMessages m, String kind) {
        return switch (kind) {
            case "invalid" -> m.reasonInvalid();
            case "conflict" -> m.reasonConflict();
            case "unprocessable" -> m.reasonUnprocessable();
            case "forbidden" -> m.reasonForbidden();
            case "not-found" -> m.reasonNotFound();
            case "too-large" -> m.reasonTooLarge();
            case "expired" -> m.reasonFormExpired();
            default -> m.reasonRefused();
        };
    }

    /** A million as the page's language writes it. */
    public static String example(String lang) {
        return NumberFormat.getNumberInstance(Locale.forLanguageTag(lang)).format(1_000_000);
    }
}
