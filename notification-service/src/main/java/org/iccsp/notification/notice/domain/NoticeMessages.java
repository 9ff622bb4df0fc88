package org.iccsp.notification.notice.domain;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wording of every notice (email and in-app), as Qute message bundles like the gateway's pages:
 * English here, {@code messages/notice_<lang>.properties} translate them (fr, ar, he). Values are
 * inserted as plain text; the HTML layout escapes them.
 */
@MessageBundle("notice")
public interface NoticeMessages {
    @Message("Hello,")
    String greeting();

    @Message("International Consortium for Civil Society Peacebuilding")
    String signature();

    @Message("Stop emails like this one ({category})")
    String unsubscribe(String category);

    @Message("When: {when} ({zone}). Where: {venue}.")
    String eventWhen(String when, String zone, String venue);

    @Message("Verified in the ICCSP directory: {legalName}")
    String organizationVerifiedSubject(String legalName);

    @Message("{legalName} has been verified and is now listed in the ICCSP civil-society directory.")
    String organizationVerifiedBody(String legalName);

    @Message("Directory registration not accepted: {legalName}")
    String organizationRejectedSubject(String legalName);

    @Message("The registration of {legalName} in the ICCSP civil-society directory was not accepted.\nReason: {reason}")
    String organizationRejectedBody(String legalName, String reason);

    @Message("Your place is confirmed: {title}")
    String registrationConfirmedSubject(String title);

    @Message("Your registration for {title} is confirmed ({places} place(s)).")
    String registrationConfirmedBody(String title, String places);

    @Message("You are on the waiting list: {title}")
    String registrationWaitlistedSubject(String title);

    @Message("You are number {position} on the waiting list for {title}. We will write to you when a place frees up.")
    String registrationWaitlistedBody(String position, String title);

    @Message("A place is offered to you: {title}")
    String registrationOfferedSubject(String title);

    @Message("A place for {title} has freed up and is held for you until {expires} (UTC). Accept it in the ICCSP portal before then.")
    String registrationOfferedBody(String title, String expires);

    @Message("You are invited: {title}")
    String invitationSentSubject(String title);

    @Message("You are invited to {title}. Accept the invitation before {expires} (UTC), signed in with this email address.")
    String invitationSentBody(String title, String expires);

    @Message("Accept the invitation")
    String invitationSentLink();

    @Message("Event updated: {title}")
    String eventChangedSubject(String title);

    @Message("The event {title} you registered for has changed.")
    String eventChangedBody(String title);

    @Message("Event cancelled: {title}")
    String eventCancelledSubject(String title);

    @Message("The event {title} you registered for has been cancelled.")
    String eventCancelledBody(String title);

    @Message("Pledge received: {amount} {currency}")
    String pledgeSubmittedSubject(String amount, String currency);

    @Message("Your pledge {pledgeId} of {amount} {currency} to {target} (value date {valueDate}) has been submitted.\nIt stays confidential until it is announced: please do not forward this message.")
    String pledgeSubmittedBody(String pledgeId, String amount, String currency, String target, String valueDate);

    @Message("Registration received: {legalName}")
    String organizationRegisteredSubject(String legalName);

    @Message("We received the registration of {legalName} in the ICCSP civil-society directory.\nThe consortium's administrators will verify it; until then it is visible only to you.\nReference: {organizationId}")
    String organizationRegisteredBody(String legalName, String organizationId);

    @Message("Listed in the ICCSP directory: {legalName}")
    String organizationListedSubject(String legalName);

    @Message("{legalName} is now listed in the ICCSP civil-society directory.\nReference: {organizationId}")
    String organizationListedBody(String legalName, String organizationId);

    // The unsubscribe pages (templates/unsubscribe), in the recipient's language; a category by its name.

    @Message("Unsubscribe")
    String unsubscribeTitle();

    @Message("Stop these emails?")
    String unsubscribeQuestion();

    @Message("You will no longer receive emails of the category “{category}”. Notices stay in the application.")
    String unsubscribeWillStop(String category);

    @Message("You no longer receive emails of the category “{category}”.")
    String unsubscribeAlready(String category);

    @Message("Unsubscribe")
    String unsubscribeButton();

    @Message("Unsubscribed")
    String unsubscribedTitle();

    @Message("You no longer receive emails of the category “{category}”. You can turn them on again in your preferences.")
    String unsubscribedBody(String category);

    @Message("Directory")
    String categoryDirectory();

    @Message("Event registrations")
    String categoryRegistrations();

    @Message("Invitations")
    String categoryInvitations();

    @Message("Event updates")
    String categoryEventUpdates();

    @Message("Pledge receipts")
    String categoryPledgeReceipts();

    @Message("Cancellations")
    String categoryCancellations();

    @Message("Security")
    String categorySecurity();
}
