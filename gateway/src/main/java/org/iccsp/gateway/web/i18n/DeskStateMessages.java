package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The state the event, registration and organiser pages show (issue 18, item 6): the reader's registration on
 * the event page, the one session action that applies, and the organiser's desk (rejecting with a confirmation,
 * delegations, the check-in desk with search, counts, undo and walk-ins), with the messages after each action.
 * English here; {@code messages/deskstate_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("deskstate")
public interface DeskStateMessages {
    // the event page
    @Message("You are registered ({status})")
    String registeredAs(String status);

    @Message("view your registration")
    String viewRegistration();

    @Message("Your registration for this event is {status}.")
    String registrationEnded(String status);

    @Message("Register again")
    String registerAgain();

    @Message("Full — join the waitlist")
    String fullJoinWaitlist();

    // sessions on the registration page
    @Message("Full — no place left")
    String sessionFull();

    @Message("Cancelled")
    String sessionCancelled();

    @Message("You have a place")
    String youHaveAPlace();

    @Message("You have a place in “{title}”.")
    String placeTaken(String title);

    @Message("You gave up your place in “{title}”.")
    String placeGivenUp(String title);

    // the organiser's desk
    @Message("Delegation")
    String delegation();

    @Message("Checked in")
    String checkedIn();

    @Message("Not yet")
    String notYet();

    @Message("Reject…")
    String rejectLink();

    @Message("Next registrations")
    String nextRegistrations();

    @Message("Back to the first registrations")
    String firstRegistrations();

    @Message("The registration of {name} was approved.")
    String approved(String name);

    @Message("{name} was put on the waitlist.")
    String waitlisted(String name);

    @Message("The registration of {name} was rejected.")
    String rejected(String name);

    // rejecting, with its confirmation
    @Message("Reject the registration of {name}?")
    String rejectTitle(String name);

    @Message("Check before you reject")
    String rejectCheck();

    @Message("Who")
    String who();

    @Message("Status now")
    String statusNow();

    @Message("Places it holds")
    String placesHeld();

    @Message("What happens")
    String whatHappens();

    @Message("The registration ends: its status becomes “rejected”. This cannot be undone; to come, they would have to register again.")
    String rejectEnds();

    @Message("Its places at the event and in the sessions are freed.")
    String rejectFreesPlaces();

    @Message("A freed place is offered to the first person on the waitlist.")
    String rejectOffersWaitlist();

    @Message("They are not sent an e-mail: tell them yourself if they should know.")
    String rejectNoEmail();

    @Message("Reject the registration")
    String rejectButton();

    @Message("Keep it and go back to the desk")
    String keepButton();

    // the check-in desk
    @Message("Check-in desk")
    String checkInDeskLink();

    @Message("Check-in desk: {title}")
    String checkInDeskTitle(String title);

    @Message("{checkedIn} of {expected} expected people checked in")
    String attendance(Object checkedIn, Object expected);

    @Message("Times are the venue's ({zone}).")
    String venueTimes(String zone);

    @Message("Search by name or organisation")
    String searchLabel();

    @Message("Search")
    String searchButton();

    @Message("Show everyone")
    String showEveryone();

    @Message("Nobody with a confirmed place matches “{q}”.")
    String noMatch(String q);

    @Message("Nobody has a confirmed place yet.")
    String nobodyConfirmed();

    @Message("People with a confirmed place, in the order they registered")
    String participantsCaption();

    @Message("Check in")
    String checkInButton();

    @Message("Undo check-in")
    String undoButton();

    @Message("walk-in")
    String walkInTag();

    @Message("{name} is checked in.")
    String checkedInDone(String name);

    @Message("The check-in of {name} was undone.")
    String checkInUndone(String name);

    @Message("{name} is registered and checked in.")
    String walkedIn(String name);

    @Message("Someone arrived without registering")
    String walkInHeading();

    @Message("Register them and check them in at once. They take one of the event's places.")
    String walkInHint();

    @Message("Name")
    String walkInName();

    @Message("E-mail (optional)")
    String walkInEmail();

    @Message("Organisation (optional)")
    String walkInAffiliation();

    @Message("Counts in the group")
    String walkInGroup();

    @Message("Register and check in")
    String walkInButton();
}
