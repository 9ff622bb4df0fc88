package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Events, registration forms, "my registrations" and the invitation page.
 * English here; {@code messages/ev_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("ev")
public interface EventMessages {
    @Message("Events")
    String listTitle();

    @Message("Schedule a new event")
    String scheduleLink();

    @Message("No events to show.")
    String none();

    @Message("Events, soonest first (times at the venue)")
    String listCaption();

    @Message("Event")
    String event();

    @Message("Kind")
    String kind();

    @Message("Venue")
    String venue();

    @Message("Starts")
    String starts();

    @Message("Places left")
    String placesLeft();

    @Message("All events")
    String allEvents();

    @Message("When")
    String when();

    @Message("Who may attend")
    String audience();

    @Message("{left} of {capacity}")
    String placesOf(Object left, Object capacity);

    @Message("Status")
    String status();

    @Message("Balanced representation")
    String parity();

    @Message("Register for this event")
    String registerLink();

    @Message("Organiser's desk for this event")
    String organiseLink();

    @Message("Timetable")
    String timetable();

    @Message("The timetable is not published yet.")
    String noTimetable();

    @Message("Time")
    String time();

    @Message("Session")
    String session();

    @Message("Audience")
    String sessionAudience();

    @Message("Room")
    String room();

    @Message("Register for {title}")
    String registerTitle(Object title);

    @Message("Back to the event")
    String backToEvent();

    @Message("Register")
    String registerButton();

    @Message("Your name as it should appear on the badge")
    String nameLabel();

    @Message("Representation group")
    String groupLabel();

    @Message("Register on behalf of my organisation (it must be verified)")
    String onBehalfLabel();

    @Message("Delegation of my government (optional)")
    String delegationLegend();

    @Message("The head of delegation first, then the members in protocol order. Each takes a place.")
    String delegationHint();

    @Message("Head of delegation: name")
    String headName();

    @Message("title")
    String headTitle();

    @Message("Member {n}: name")
    String memberName(Object n);

    @Message("Member {n}: title")
    String memberTitle(Object n);

    @Message("My registration")
    String registrationTitle();

    @Message("My registration for")
    String registrationHeading();

    @Message("All my registrations")
    String allMyRegistrations();

    @Message("Name")
    String name();

    @Message("Places")
    String places();

    @Message("On behalf of")
    String onBehalfOf();

    @Message("Delegation")
    String delegation();

    @Message("(number {rank} on the waitlist)")
    String waitlistRank(Object rank);

    @Message("– accept before")
    String offerUntil();

    @Message("A place has been freed for you. Accept it before the deadline, or it goes to the next person waiting.")
    String offerHint();

    @Message("Add to my calendar (.ics)")
    String calendarLink();

    @Message("Visa/invitation letter (PDF)")
    String letterLink();

    @Message("Accept the place")
    String acceptButton();

    @Message("Cancel my registration")
    String cancelButton();

    @Message("You have a place in the session.")
    String placeTaken();

    @Message("You gave up your place in the session.")
    String placeGivenUp();

    @Message("Places in the sessions")
    String sessionsHeading();

    @Message("Take a place in the sessions you attend: the organisers check you in from their lists.")
    String sessionsHint();

    @Message("Sessions of {title}")
    String sessionsCaption(Object title);

    @Message("Take a place")
    String takePlace();

    @Message("Give up my place")
    String givePlaceUp();

    @Message("My registrations")
    String myTitle();

    @Message("You have no registration yet.")
    String noRegistrations();

    @Message("See the events")
    String seeEvents();

    @Message("My registrations, upcoming events first (times at the venue)")
    String myCaption();

    @Message("What you can do")
    String actions();

    @Message("Your invitation")
    String invitationTitle();

    @Message("This invitation cannot be used with your account")
    String invitationRefused();

    @Message("An invitation works only for the e-mail address it was sent to; a forwarded link does not work. Ask the organiser for your own invitation.")
    String invitationPersonal();

    @Message("You are signed in with {email}.")
    String signedInWith(Object email);

    @Message("Sign out to sign in with another account")
    String invitationOtherAccount();

    @Message("No invitation found for your account")
    String invitationNoneFound();

    @Message("The event of this invitation")
    String invitationHiddenEvent();

    @Message("The event you were invited to")
    String invitationChoose();

    @Message("Accept the invitation and register")
    String invitationAccept();
}
