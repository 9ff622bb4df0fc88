package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * A CSO's own organisation: registering it and editing its profile.
 * English here; {@code messages/org_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("org")
public interface ProfileMessages {
    @Message("My organisation")
    String title();

    @Message("My organisation's profile")
    String heading();

    @Message("Register my organisation")
    String registerTitle();

    @Message("Your organisation is not in the directory yet. Register it: an administrator verifies it before it is listed and before you can register on its behalf.")
    String registerIntro();

    @Message("Saved.")
    String saved();

    @Message("Status in the directory:")
    String statusIs();

    @Message("an administrator has yet to verify it")
    String pendingHint();

    @Message("reason given: {reason}")
    String reviewReason(Object reason);

    @Message("See the organisation's page")
    String seePublic();

    @Message("Identity")
    String identity();

    @Message("Legal name")
    String legalName();

    @Message("Type")
    String type();

    @Message("Country or territory (ISO code, e.g. PS, IL or PS-GZA)")
    String country();

    @Message("Names")
    String names();

    @Message("Name in English")
    String nameEn();

    @Message("Name in Arabic")
    String nameAr();

    @Message("Name in Hebrew")
    String nameHe();

    @Message("About")
    String about();

    @Message("Description")
    String description();

    @Message("City")
    String city();

    @Message("Website")
    String website();

    @Message("Contact e-mail")
    String contactEmail();

    @Message("List the organisation in the public directory")
    String publicListing();

    @Message("Sectors (at least one)")
    String sectors();

    @Message("Languages, networks and registration")
    String reach();

    @Message("Languages")
    String languages();

    @Message("ISO 639-1 codes separated by commas, e.g. ar, he, en")
    String languagesHint();

    @Message("Networks")
    String networks();

    @Message("Memberships separated by commas, e.g. ALLMEP")
    String networksHint();

    @Message("Registry identifiers")
    String registryIds();

    @Message("One per line, as on org-id.guide, e.g. IL-RA-580197770 or PS-MOI-1234")
    String registryIdsHint();

    @Message("Contacts")
    String contacts();

    @Message("Up to ten people to reach; leave a row empty to remove it.")
    String contactsHint();

    @Message("Contact {n}")
    String contactN(Object n);

    @Message("Name")
    String contactName();

    @Message("Role")
    String contactRole();

    @Message("E-mail")
    String contactEmailShort();

    @Message("Phone")
    String contactPhone();

    @Message("Who may see each field")
    String visibilityLegend();

    @Message("Field")
    String field();

    @Message("Save")
    String save();

    @Message("Register the organisation")
    String registerButton();
}
