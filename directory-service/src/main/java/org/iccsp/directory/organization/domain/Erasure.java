package org.iccsp.directory.organization.domain;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An erasure on request, in two steps by two people: the organisation's owner (or an admin on its behalf) asks, the
 * secretariat (another admin) confirms, naming the legal basis for what is kept. What stays afterwards is this
 * record, the ids and the history with personal values redacted. Pure rules: time comes from the given clock.
 */
public record Erasure(String organizationId, String requestedBy, OffsetDateTime requestedAt, String confirmedBy,
        OffsetDateTime erasedAt, String legalBasis) {
    /** The longest legal basis accepted (a paragraph, not a document). */
    public static final int LEGAL_BASIS_MAX = 2000;
    /** What the history keeps in place of an erased value. */
    public static final String REDACTED = "[erased]";
    /**
     * Profile fields whose values are overwritten in the organisation and redacted in its history: names of people
     * and of the organisation (a sole trader's name is a person's), contact details, free text, identifiers.
     */
    public static final List<String> PERSONAL_FIELDS = List.of("legalName", "nameEn", "nameAr", "nameHe",
            "description", "city", "website", "contactEmail", "contacts", "registryIds", "reviewReason");
    /** What an erased organisation is called wherever its id is still shown. */
    public static final String ERASED_NAME = "Erased organisation";

    public Erasure {
        Objects.requireNonNull(organizationId);
        Objects.requireNonNull(requestedBy);
        Objects.requireNonNull(requestedAt);
    }

    public static Erasure requested(String organizationId, String requestedBy, Clock clock) {
        return new Erasure(organizationId, requestedBy, OffsetDateTime.now(clock), null, null, null);
    }

    public boolean isConfirmed() {
        return erasedAt != null;
    }

    /**
     * The secretariat's confirmation. The legal basis is required (it says why the tombstone and history are kept);
     * whoever asked may not confirm their own request (two people, as a data-protection officer expects).
     */
    public Erasure confirmed(String confirmer, String basis, Clock clock) {
        if (isConfirmed()) {
            throw new IllegalStateException("the erasure is already confirmed");
        }
        String text = basis == null ? "" : basis.strip();
        if (text.isEmpty()) {
            throw new InvalidConfirmation("legalBasis", "name the legal basis for what is kept");
        }
        if (text.length() > LEGAL_BASIS_MAX) {
            throw new InvalidConfirmation("legalBasis", "at most " + LEGAL_BASIS_MAX + " characters");
        }
        if (confirmer.equals(requestedBy)) {
            throw new InvalidConfirmation(null, "whoever requested an erasure may not confirm it: another admin does");
        }
        return new Erasure(organizationId, requestedBy, requestedAt, confirmer, OffsetDateTime.now(clock), text);
    }

    /** A confirmation refused for its content: {@code field} names the culprit, or null when it is who confirms. */
    public static final class InvalidConfirmation extends RuntimeException {
        private final String field;

        InvalidConfirmation(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
