package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The "Open data" page (/data) and its link in the footer. The texts of each dataset are looked up by
 * key ({@code {data:message(str:concat('name-', key))}}): a key is the method's name hyphenated.
 * English here; {@code messages/opendata_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle(value = "opendata", defaultKey = Message.HYPHENATED_ELEMENT_NAME)
public interface DataMessages {
    @Message("Open data")
    String title();

    @Message("What the consortium publishes for anyone to reuse: the directory of organisations, the public events, and the funding flows in the formats the aid world reads. Each address below is stable; applications may ask again with If-None-Match or If-Modified-Since and get an empty \"not modified\" answer when nothing changed. Nothing confidential is ever in them: only what the public may see on this site.")
    String intro();

    @Message("Every dataset on this page is published under the licence")
    String licenceNote();

    @Message("Exports and feeds, with their licence and when they last changed")
    String caption();

    @Message("Dataset")
    String dataset();

    @Message("Format")
    String format();

    @Message("Address")
    String address();

    @Message("Licence")
    String licence();

    @Message("Last update")
    String lastUpdate();

    @Message("One file per member: put the member's code in the name, e.g. organisations/IT.xml.")
    String memberHint();

    @Message("Subscribe in your calendar")
    String subscribe();

    @Message("not available yet")
    String notYet();

    @Message("not known right now")
    String unknown();

    @Message("Your own calendar")
    String personalHeading();

    @Message("Signed-in users can subscribe to a private calendar of their own registrations. The link is secret: anyone who has it sees your registrations, so you can revoke it at any time, and a revoked link stops working at once.")
    String personal();

    @Message("Large files are sent as they are read, so downloads start at once; a wrong parameter gets a clear error, never a half file.")
    String conditional();

    @Message("Directory of organisations (HSDS 3.0)")
    String nameHsds();

    @Message("Every publicly listed, verified organisation with its projects, in the Human Services Data Specification 3.0 of Open Referral.")
    String aboutHsds();

    @Message("Directory API (HSDS 3.0)")
    String nameHsdsApi();

    @Message("The same data page by page, and one organisation or service at a time.")
    String aboutHsdsApi();

    @Message("New organisations (news feed)")
    String nameDirectoryAtom();

    @Message("The latest organisations to join the public directory, for news readers.")
    String aboutDirectoryAtom();

    @Message("Public events calendar")
    String nameEventsIcs();

    @Message("Every public event, to subscribe to in a calendar application; cancelled events are marked as cancelled.")
    String aboutEventsIcs();

    @Message("Pledges and disbursements (IATI activities)")
    String nameIatiActivities();

    @Message("The consortium's announced pledges, commitments and disbursements in the IATI 2.03 standard.")
    String aboutIatiActivities();

    @Message("Members (IATI organisation files)")
    String nameIatiOrganisations();

    @Message("One IATI 2.03 organisation file per member.")
    String aboutIatiOrganisations();

    @Message("Funding flows (CSV)")
    String nameFlowsCsv();

    @Message("One row per flow, from donor to recipient, as a spreadsheet.")
    String aboutFlowsCsv();

    @Message("Funding flows (JSON)")
    String nameFlowsJson();

    @Message("The same flows for programs.")
    String aboutFlowsJson();
}
