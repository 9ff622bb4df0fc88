package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The public announcement pages (issue 19).
 * English here; {@code messages/announce_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("announce")
public interface AnnouncementMessages {
    @Message("Announcements")
    String nav();

    @Message("Announcements")
    String listTitle();

    @Message("What the consortium announced: members that joined, pledges and the communiqués that went with them.")
    String listIntro();

    @Message("Nothing has been announced yet.")
    String none();

    @Message("Released on")
    String releasedOn();

    @Message("Subscribe to the announcements feed (Atom)")
    String feed();

    @Message("Authoritative text")
    String authoritative();

    @Message("Translation. Language of the authoritative text:")
    String translation();

    @Message("This communiqué has no version in this page's language. It is shown in its authoritative language:")
    String fallback();

    @Message("Read it in")
    String otherLanguages();

    @Message("Members that joined")
    String membersHeading();

    @Message("No member joined with this announcement.")
    String noMembers();

    @Message("Pledges announced")
    String pledgesHeading();

    @Message("No pledge was announced with this announcement.")
    String noPledges();

    @Message("Pledges announced with this communiqué")
    String pledgesCaption();

    @Message("Member")
    String member();

    @Message("Amount")
    String amount();

    @Message("Joint pledge and partners")
    String partners();

    @Message("a member not yet announced")
    String unnamed();

    @Message("Total")
    String total();

    @Message("Totals by currency")
    String totalsCaption();

    @Message("Currency")
    String currency();

    @Message("Pledges")
    String pledgeCount();

    @Message("All announcements")
    String back();

    @Message("English")
    String lang_en();

    @Message("French")
    String lang_fr();

    @Message("Arabic")
    String lang_ar();

    @Message("Hebrew")
    String lang_he();
}
