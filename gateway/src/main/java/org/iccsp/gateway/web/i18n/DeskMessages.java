package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The organisers' and administrators' desks.
 * English here; {@code messages/desk_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("desk")
public interface DeskMessages {
    @Message("Organise events")
    String indexTitle();

    @Message("Schedule a new event")
    String newEventLink();

    @Message("No event yet.")
    String noEvents();

    @Message("Every event, soonest first: open one's desk")
    String indexCaption();

    @Message("Schedule an event")
    String newEventTitle();

    @Message("Back to the organiser's events")
    String backToEvents();

    @Message("Title")
    String eventTitle();

    @Message("Description")
    String eventDescription();

    @Message("Time zone of the venue")
    String timeZone();

    @Message("An IANA zone such as Europe/Rome, Asia/Jerusalem or Asia/Hebron")
    String timeZoneHint();

    @Message("Starts (time at the venue)")
    String startsAt();

    @Message("Ends (time at the venue)")
    String endsAt();

    @Message("Places")
    String capacity();

    @Message("Feeds into (optional)")
    String feeds();

    @Message("No other event")
    String feedsNone();

    @Message("Balanced representation (optional)")
    String parityLegend();

    @Message("Groups")
    String parityGroups();

    @Message("Separated by commas, e.g. IL, PS: places held by each group stay within the tolerance")
    String parityHint();

    @Message("Tolerance")
    String parityTolerance();

    @Message("Schedule the event")
    String scheduleButton();

    @Message("Organise: {title}")
    String deskTitle(Object title);

    @Message("Organise")
    String deskHeading();

    @Message("Invitation sent to {email}.")
    String invitationSent(Object email);

    @Message("Its link (also sent by e-mail; it works only for that address):")
    String invitationLink();

    @Message("Registrations")
    String registrations();

    @Message("No registration yet.")
    String noRegistrations();

    @Message("All registrations of the event")
    String registrationsCaption();

    @Message("Decision")
    String decision();

    @Message("Waitlist")
    String waitlist();

    @Message("Nobody is waiting.")
    String nobodyWaiting();


    @Message("offered until")
    String offeredUntil();

    @Message("Timetable and check-in lists")
    String timetable();

    @Message("Check-in list: {title}")
    String checkInListOf(Object title);

    @Message("Add a session")
    String addSession();

    @Message("Title")
    String sessionTitle();

    @Message("Add the session")
    String addSessionButton();

    @Message("Invitations")
    String invitations();

    @Message("Nobody has been invited yet.")
    String noInvitations();

    @Message("Invitations of the event")
    String invitationsCaption();

    @Message("E-mail")
    String email();

    @Message("Expires")
    String expires();

    @Message("Accepted")
    String accepted();

    @Message("Invite by e-mail address")
    String inviteEmail();

    @Message("Send the invitation")
    String inviteButton();

    @Message("Cancel the event")
    String cancelEvent();

    @Message("I confirm: cancel the event and tell its registrants")
    String cancelConfirm();

    @Message("Cancel the event")
    String cancelButton();

    @Message("Check-in: {title}")
    String checkInTitle(Object title);

    @Message("Back to {title}")
    String backToDesk(Object title);

    @Message("Nobody has taken a place in this session.")
    String nobodyInSession();

    @Message("Participants of {title}")
    String participantsOf(Object title);

    @Message("Organisation or government")
    String orgOrGov();

    @Message("Checked in")
    String checkedIn();

    @Message("Check in")
    String checkInButton();

    @Message("Embargoes")
    String embargoesTitle();

    @Message("No embargo.")
    String noEmbargo();

    @Message("Embargoes and the pledges they hold back")
    String embargoesCaption();

    @Message("Trigger")
    String trigger();

    @Message("Sealed pledges")
    String sealedPledges();

    @Message("Release")
    String release();

    @Message("releases itself at")
    String releasesAt();

    @Message("Release {name} now")
    String releaseNow(Object name);

    @Message("New embargo")
    String newEmbargo();

    @Message("Trigger name")
    String embargoName();

    @Message("Lower case and hyphens, e.g. ceasefire-announced")
    String embargoNameHint();

    @Message("Release by itself at (UTC, optional)")
    String embargoReleaseAt();

    @Message("Create the embargo")
    String createEmbargo();

    @Message("Verification queue")
    String verificationTitle();

    @Message("Organisations waiting for verification")
    String verificationHeading();

    @Message("Nothing waits for a decision.")
    String nothingWaits();

    @Message("Pending and rejected organisations")
    String verificationCaption();

    @Message("Organisation")
    String organisation();

    @Message("Verify")
    String verify();

    @Message("Reason for rejecting {name}")
    String rejectReason(Object name);

    @Message("Reject")
    String reject();
}
