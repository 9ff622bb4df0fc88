package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What a page says when a service refuses what was sent, in words a reader understands: the field's
 * name as the form labels it, what is wrong with it, and the reason for a refusal without fields.
 * Chosen in Java ({@code web/ProblemTexts}) from the service's problem; never the service's own text.
 * English here; {@code messages/err_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("err")
public interface ErrorMessages {
    // the summary
    @Message("There is a problem")
    String summaryTitle();

    @Message("Please check")
    String thisField();

    // fields, as the forms label them
    @Message("Amount")
    String fieldAmount();

    @Message("Currency")
    String fieldCurrency();

    @Message("Value date")
    String fieldValueDate();

    @Message("Member")
    String fieldMember();

    @Message("Areas of work")
    String fieldVerticals();

    @Message("Sectors")
    String fieldSectors();

    @Message("What the money is for")
    String fieldTarget();

    @Message("Event")
    String fieldEvent();

    @Message("Notes")
    String fieldNotes();

    @Message("Public label of the joint pledge")
    String fieldJointLabel();

    @Message("Shares")
    String fieldShares();

    @Message("Country")
    String fieldCountry();

    @Message("Name")
    String fieldName();

    @Message("Type")
    String fieldType();

    @Message("Description")
    String fieldDescription();

    @Message("Website")
    String fieldWebsite();

    @Message("E-mail address")
    String fieldEmail();

    @Message("Languages")
    String fieldLanguages();

    @Message("Search words")
    String fieldSearch();

    @Message("Page of results")
    String fieldCursor();

    @Message("Sort order")
    String fieldSort();

    @Message("Representation group")
    String fieldRepresentationGroup();

    @Message("Delegation")
    String fieldDelegation();

    @Message("Places")
    String fieldCapacity();

    @Message("Start")
    String fieldStartsAt();

    @Message("End")
    String fieldEndsAt();

    @Message("Time zone")
    String fieldTimeZone();

    @Message("Title")
    String fieldTitle();

    @Message("Reason")
    String fieldReason();

    @Message("Date")
    String fieldDate();

    @Message("Embargo")
    String fieldEmbargo();

    @Message("Release time")
    String fieldReleaseAt();

    @Message("Status")
    String fieldStatus();

    @Message("City")
    String fieldCity();

    @Message("Contacts")
    String fieldContacts();

    @Message("Telephone")
    String fieldPhone();

    @Message("The form")
    String fieldForm();

    @Message("Visibility")
    String fieldVisibility();

    @Message("Kind")
    String fieldKind();

    @Message("Group by")
    String fieldGroupBy();

    // what is wrong with a field
    @Message("Enter a value.")
    String required();

    @Message("Enter a number, written like {example}.")
    String number(String example);

    @Message("Enter an amount greater than zero.")
    String positive();

    @Message("This number is too large.")
    String tooLarge();

    @Message("This is too long: at most {max} characters.")
    String tooLong(String max);

    @Message("Choose or enter between {min} and {max}.")
    String between(String min, String max);

    @Message("Choose a country from the list, or enter its two-letter code (such as PS or IL).")
    String country();

    @Message("Enter a currency's three-letter code, such as USD, EUR or GBP.")
    String currency();

    @Message("Enter languages as two-letter codes, such as ar, he, en.")
    String language();

    @Message("Enter an e-mail address such as name@example.org.")
    String email();

    @Message("Enter a web address starting with https://.")
    String url();

    @Message("Enter a date such as 2027-03-31.")
    String date();

    @Message("Enter a time zone such as Europe/Rome or Asia/Jerusalem.")
    String timeZone();

    @Message("The end must be after the start.")
    String after();

    @Message("Choose a time in the future.")
    String future();

    @Message("This must not be in the future.")
    String notFuture();

    @Message("This must fall within the event's dates.")
    String within();

    @Message("Remove invisible or control characters.")
    String controlCharacters();

    @Message("This member is not known.")
    String unknownMember();

    @Message("This value is not one of those offered.")
    String unknownValue();

    @Message("Check what you entered.")
    String checkValue();

    // a refusal without fields, by what the service meant
    @Message("You already have a place in this session.")
    String reasonPlaceTaken();

    @Message("There is no place left. You can join the waiting list instead.")
    String reasonNoPlaceLeft();

    @Message("This is full.")
    String reasonFull();

    @Message("You are already registered.")
    String reasonAlreadyRegistered();

    @Message("This has been cancelled.")
    String reasonCancelled();

    @Message("This event is over.")
    String reasonOver();

    @Message("This event is by invitation only.")
    String reasonInvitationOnly();

    @Message("This invitation was sent to another e-mail address.")
    String reasonInvitationOtherAddress();

    @Message("This invitation has expired.")
    String reasonExpired();

    @Message("This invitation is for another event.")
    String reasonInvitationOtherEvent();

    @Message("This session is for another group of participants.")
    String reasonOtherAudience();

    @Message("Only participants with a confirmed registration can take a place.")
    String reasonNotConfirmed();

    @Message("No place is offered to you at the moment.")
    String reasonNoOffer();

    @Message("This was already released.")
    String reasonAlreadyReleased();

    @Message("This is not possible in the pledge's current state.")
    String reasonWrongState();

    @Message("The amount is more than what remains to be disbursed.")
    String reasonExceedsRemaining();

    @Message("The shares do not add up to the pledge's amount.")
    String reasonSharesDoNotAddUp();

    @Message("Your account is not linked to an organisation.")
    String reasonNoOrganisation();

    @Message("Your account is not linked to a government.")
    String reasonNoGovernment();

    @Message("This already exists.")
    String reasonAlreadyExists();

    @Message("The form had expired. Check it and send it again.")
    String reasonFormExpired();

    @Message("What you sent is too large. Shorten the longest text and send it again.")
    String reasonTooLarge();

    @Message("Something in the form is not right. Check the values and send it again.")
    String reasonInvalid();

    @Message("This cannot be done at the moment.")
    String reasonConflict();

    @Message("This breaks one of the platform's rules.")
    String reasonUnprocessable();

    @Message("Your account is not allowed to do this.")
    String reasonForbidden();

    @Message("This does not exist, or it is not visible to you.")
    String reasonNotFound();

    @Message("The request was refused.")
    String reasonRefused();

    @Message("Too large")
    String tooLargeTitle();

    @Message("Check the address")
    String invalidTitle();

    @Message("This address is not valid: {field}")
    String invalidAddress(String field);
}
