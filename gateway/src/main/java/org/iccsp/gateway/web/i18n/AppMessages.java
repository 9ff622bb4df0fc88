package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The layout, the start page and the error pages.
 * English here; {@code messages/msg_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle(MessageBundle.DEFAULT_NAME)
public interface AppMessages {
    @Message("Skip to main content")
    String skipLink();

    @Message("Main")
    String navMain();

    @Message("Language")
    String navLanguage();

    @Message("Directory")
    String navDirectory();

    @Message("Events")
    String navEvents();

    @Message("Funding")
    String navFunding();

    @Message("My registrations")
    String navMyRegistrations();

    @Message("My organisation")
    String navMyOrganisation();

    @Message("My pledges")
    String navMyPledges();

    @Message("Pledges")
    String navPledges();

    @Message("Organise events")
    String navOrganise();

    @Message("Verification")
    String navVerification();

    @Message("Embargoes")
    String navEmbargoes();

    @Message("API")
    String navApi();

    @Message("Signed in as {name}")
    String signedInAs(Object name);

    @Message("Sign out")
    String signOut();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOutTitle();

    @Message("Do you want to sign out? You will need to sign in again to see your pages.")
    String signOutQuestion();

    @Message("Stay signed in")
    String signOutCancel();

    @Message("International Consortium for Civil Society Peacebuilding")
    String footer();

    @Message("Home")
    String homeTitle();

    @Message("ICCSP Platform")
    String homeHeading();

    @Message("Civil-society organisations, convenings and the funding pledged for Israeli–Palestinian peacebuilding.")
    String homeIntro();

    @Message("Search the directory of civil-society organisations")
    String homeDirectory();

    @Message("See the events")
    String homeEvents();

    @Message("See the funding pledged")
    String homeFunding();

    @Message("Your tasks")
    String homeTasks();

    @Message("Your registrations for events")
    String homeTaskRegistrations();

    @Message("Your organisation's profile in the directory")
    String homeTaskOrganisation();

    @Message("Your government's pledges: draft, submit, announce, commit, disburse")
    String homeTaskPledges();

    @Message("Organise events: schedule, timetable, invitations, registrations, check-in")
    String homeTaskOrganise();

    @Message("Organisations waiting for verification")
    String homeTaskVerify();

    @Message("Embargoes: create and release")
    String homeTaskEmbargoes();

    @Message("All pledges")
    String homeTaskAllPledges();

    @Message("Sign in to register for events, edit your organisation or manage pledges")
    String homeSignInHint();

    @Message("Status")
    String status();

    @Message("Any status")
    String anyStatus();

    @Message("Show")
    String show();

    @Message("Not found")
    String errorNotFoundTitle();

    @Message("This page does not exist, or it is not visible to you.")
    String errorNotFound();

    @Message("Not allowed")
    String errorForbiddenTitle();

    @Message("Your account is not allowed to see or do this.")
    String errorForbidden();

    @Message("Temporarily unavailable")
    String errorUnavailableTitle();

    @Message("Part of the platform is not answering right now. Please try again in a few minutes.")
    String errorUnavailable();

    @Message("Go to the start page")
    String errorHome();
}
