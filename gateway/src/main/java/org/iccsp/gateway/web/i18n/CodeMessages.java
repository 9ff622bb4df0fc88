package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The codes services answer with (statuses, kinds, sectors, audiences…), looked up by key in the templates:
 * {@code {code:message(str:concat('registration-', registration.status)) ?: registration.status}}. A key is
 * the method's name hyphenated
 * ({@code eventKindWorkingSession} is {@code event-kind-working-session}), so it ends with the code itself;
 * an unknown code is not found, and the template shows it as it came.
 * English here; {@code messages/code_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle(value = "code", defaultKey = Message.HYPHENATED_ELEMENT_NAME)
public interface CodeMessages {
    @Message("requested (waits for an organiser)")
    String registrationRequested();

    @Message("confirmed")
    String registrationConfirmed();

    @Message("on the waitlist")
    String registrationWaitlisted();

    @Message("a place is offered to you")
    String registrationOffered();

    @Message("rejected")
    String registrationRejected();

    @Message("cancelled")
    String registrationCancelled();

    @Message("offer expired")
    String registrationExpired();

    @Message("scheduled")
    String eventStatusScheduled();

    @Message("cancelled")
    String eventStatusCancelled();

    @Message("convening")
    String eventKindConvening();

    @Message("intergovernmental meeting")
    String eventKindIntergovernmentalMeeting();

    @Message("summit")
    String eventKindSummit();

    @Message("working session")
    String eventKindWorkingSession();

    @Message("public")
    String visibilityPublic();

    @Message("consortium members only")
    String visibilityMembersOnly();

    @Message("by invitation only")
    String visibilityInvitationOnly();

    @Message("civil society")
    String audienceCivilSociety();

    @Message("governments")
    String audienceGovernment();

    @Message("mixed")
    String audienceMixed();

    @Message("session")
    String sessionKindSession();

    @Message("working group")
    String sessionKindWorkingGroup();

    @Message("Approve")
    String decisionApprove();

    @Message("Reject")
    String decisionReject();

    @Message("Waitlist")
    String decisionWaitlist();

    @Message("public")
    String audiencePublic();

    @Message("members")
    String audienceMembers();

    @Message("private")
    String audiencePrivate();

    @Message("pending verification")
    String orgStatusPending();

    @Message("verified")
    String orgStatusVerified();

    @Message("rejected")
    String orgStatusRejected();

    @Message("NGO")
    String orgTypeNgo();

    @Message("social enterprise")
    String orgTypeSocialEnterprise();

    @Message("educational institution")
    String orgTypeEducationalInstitution();

    @Message("think tank")
    String orgTypeThinkTank();

    @Message("hospital")
    String orgTypeHospital();

    @Message("sports club")
    String orgTypeSportsClub();

    @Message("cooperative")
    String orgTypeCooperative();

    @Message("company")
    String orgTypeCompany();

    @Message("foundation")
    String orgTypeFoundation();

    @Message("network")
    String orgTypeNetwork();

    @Message("other")
    String orgTypeOther();

    @Message("Agriculture")
    String sectorAgriculture();

    @Message("Health")
    String sectorHealth();

    @Message("Education")
    String sectorEducation();

    @Message("Technology")
    String sectorTechnology();

    @Message("Environment and water")
    String sectorEnvironmentAndWater();

    @Message("Arts and music")
    String sectorArtsAndMusic();

    @Message("Sports")
    String sectorSports();

    @Message("Science")
    String sectorScience();

    @Message("Dialogue and reconciliation")
    String sectorDialogueAndReconciliation();

    @Message("Economic development")
    String sectorEconomicDevelopment();

    @Message("Humanitarian")
    String sectorHumanitarian();

    @Message("Sector")
    String facetSector();

    @Message("Country")
    String facetCountry();

    @Message("Type")
    String facetType();

    @Message("Network")
    String facetNetwork();

    @Message("Description")
    String fieldDescription();

    @Message("City")
    String fieldCity();

    @Message("Website")
    String fieldWebsite();

    @Message("Contact e-mail")
    String fieldContactEmail();

    @Message("Contacts")
    String fieldContacts();

    @Message("Languages")
    String fieldLanguages();

    @Message("Networks")
    String fieldNetworks();

    @Message("Registry identifiers")
    String fieldRegistryIds();

    @Message("draft")
    String pledgeDraft();

    @Message("submitted")
    String pledgeSubmitted();

    @Message("announced")
    String pledgeAnnounced();

    @Message("committed")
    String pledgeCommitted();

    @Message("partly disbursed")
    String pledgeDisbursed();

    @Message("fulfilled")
    String pledgeFulfilled();

    @Message("withdrawn")
    String pledgeWithdrawn();

    @Message("civil-society project")
    String targetCsoProject();

    @Message("working group")
    String targetWorkingGroup();

    @Message("common resource")
    String targetCommonResource();

    @Message("drafted")
    String actionCreate();

    @Message("revised")
    String actionRevise();

    @Message("submitted")
    String actionSubmit();

    @Message("announced")
    String actionAnnounce();

    @Message("committed")
    String actionCommit();

    @Message("disbursement")
    String actionDisburse();

    @Message("withdrawn")
    String actionWithdraw();

    @Message("embargo released")
    String actionRelease();

    @Message("sealed")
    String embargoSealed();

    @Message("released")
    String embargoReleased();

    @Message("bloc")
    String groupBloc();

    @Message("vertical")
    String groupVertical();

    @Message("member")
    String groupMember();

    @Message("event")
    String groupEvent();

    @Message("Please correct the form")
    String problemInvalid();

    @Message("Not allowed")
    String problemForbidden();

    @Message("Not found")
    String problemNotFound();

    @Message("This cannot be done now")
    String problemConflict();

    @Message("This breaks a rule")
    String problemUnprocessable();

    @Message("The request was refused")
    String problemRefused();
}
