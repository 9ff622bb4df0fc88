package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The check-your-answers pages before an irreversible step, and the message after every action (issue 18).
 * English here; {@code messages/confirm_<lang>.properties} translate them (fr, ar, he). The messages whose
 * name ends in {@code Said} are ICU MessageFormat patterns (kept raw by Qute's {@code {|…|}}), formatted by
 * {@code web/common/Sentences} with named arguments and the language's plural rules (Arabic's six forms,
 * Hebrew's three); an apostrophe before a brace must not appear in them (ICU quoting), hence ’ in French.
 */
@MessageBundle("confirm")
public interface ConfirmMessages {
    // --- the confirmation pages ---
    @Message("Check before you confirm")
    String checkTitle();

    @Message("This cannot be undone.")
    String cannotUndo();

    @Message("Release the embargo “{name}”?")
    String releaseHeading(Object name);

    @Message("Releasing announces every pledge below at the same moment, as the governments agreed. An announcement cannot be taken back.")
    String releaseIntro();

    @Message("No pledge waits under this embargo: releasing it announces nothing.")
    String releaseNothing();

    @Message("Pledges the release announces")
    String releaseCaption();

    @Message("Pledge of")
    String pledgeOf();

    @Message("Amount")
    String amount();

    @Message("For")
    String target();

    @Message("Governments it announces")
    String governments();

    @Message("Release")
    String releaseButton();

    @Message("Cancel")
    String cancelLink();

    @Message("What waits under this embargo changed since you opened this page. Check the list again before you release it.")
    String releaseChanged();

    @Message("Released embargoes")
    String releasedHeading();

    @Message("Embargoes waiting for their release")
    String sealedHeading();

    @Message("Released on")
    String releasedOn();

    @Message("by")
    String releasedBy();

    @Message("It announced no pledge.")
    String releasedNothing();

    @Message("Pledges announced by the release of “{name}”")
    String releasedCaption(Object name);

    @Message("Cancel your registration for “{event}”?")
    String cancelHeading(Object event);

    @Message("Your place may go to the next person on the waiting list. To attend after all you would have to register again, and a place may no longer be free.")
    String cancelIntro();

    @Message("Cancel my registration")
    String cancelButton();

    @Message("Keep my registration")
    String keepRegistration();

    @Message("Give up your place in “{session}”?")
    String leaveHeading(Object session);

    @Message("You will no longer be on the session’s check-in list, and someone else may take the place.")
    String leaveIntro();

    @Message("Give up my place")
    String leaveButton();

    @Message("Keep my place")
    String keepPlace();

    @Message("Withdraw this pledge?")
    String withdrawHeading();

    @Message("A withdrawn pledge cannot be submitted, announced or committed again: to pledge again, draft a new pledge.")
    String withdrawIntro();

    @Message("Reason given")
    String withdrawReason();

    @Message("Withdraw the pledge")
    String withdrawButton();

    @Message("Keep the pledge")
    String keepPledge();

    @Message("Session")
    String session();

    @Message("Event")
    String event();

    @Message("When")
    String when();

    // --- what happened (ICU MessageFormat patterns) ---
    @Message("{|Released the embargo “{name}”: {pledges, plural, =0 {no pledge was waiting under it.} one {# pledge from {governments, plural, one {# government} other {# governments}} is now announced.} other {# pledges from {governments, plural, one {# government} other {# governments}} are now announced.}}|}")
    String releasedSaid();

    @Message("{|{pledges, plural, one {# pledge} other {# pledges}} from {governments, plural, one {# government} other {# governments}} will be announced.|}")
    String willAnnounceSaid();

    @Message("{|Created the embargo “{name}”.|}")
    String embargoCreatedSaid();

    @Message("{|Your registration for “{event}” is cancelled.|}")
    String cancelledSaid();

    @Message("{|You accepted the place offered at “{event}”: your registration is confirmed.|}")
    String acceptedSaid();

    @Message("{|You are registered for “{event}”: your place is confirmed.|}")
    String registeredConfirmedSaid();

    @Message("{|Your registration for “{event}” is sent: an organiser will decide on it.|}")
    String registeredRequestedSaid();

    @Message("{|“{event}” is full: you are on its waiting list.|}")
    String registeredWaitlistedSaid();

    @Message("{|You are registered for “{event}”.|}")
    String registeredSaid();

    @Message("{|You have a place in “{session}”.|}")
    String placeTakenSaid();

    @Message("{|You gave up your place in “{session}”.|}")
    String placeGivenUpSaid();

    @Message("{|Drafted a pledge of {amount} for “{target}”. Submit it when it is ready.|}")
    String draftedSaid();

    @Message("{|Saved the changes to the pledge of {amount} for “{target}”.|}")
    String revisedSaid();

    @Message("{|Submitted the pledge of {amount} for “{target}”.|}")
    String submittedSaid();

    @Message("{|Submitted the pledge of {amount} for “{target}”: it stays sealed until the embargo “{embargo}” is released.|}")
    String submittedSealedSaid();

    @Message("{|Announced the pledge of {amount} for “{target}”.|}")
    String announcedSaid();

    @Message("{|Recorded the commitment of the pledge of {amount} for “{target}”.|}")
    String committedSaid();

    @Message("{|Recorded a disbursement of {disbursed} on the pledge of {amount} for “{target}”.|}")
    String disbursedSaid();

    @Message("{|Withdrew the pledge of {amount} for “{target}”.|}")
    String withdrawnSaid();

    @Message("{|Saved the profile of “{name}”.|}")
    String profileSavedSaid();

    @Message("{|Registered “{name}”: an administrator verifies it before it is listed in the directory.|}")
    String organisationRegisteredSaid();

    @Message("{|Verified “{name}”: it is listed in the directory.|}")
    String verifiedSaid();

    @Message("{|Rejected “{name}”.|}")
    String rejectedSaid();

    @Message("{|Scheduled “{title}”.|}")
    String eventScheduledSaid();

    @Message("{|Added the session “{title}” to the timetable.|}")
    String sessionAddedSaid();
}
