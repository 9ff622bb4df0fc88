package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The funding dashboard's charts, its year filter and the pages of pledges behind a bar.
 * English here; {@code messages/chart_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("chart")
public interface ChartMessages {
    @Message("Pledged")
    String pledged();

    @Message("Committed")
    String committed();

    @Message("Disbursed")
    String disbursed();

    @Message("From pledge to payment, in {currency}")
    String flowHeading(Object currency);

    @Message("By {grouping}, in {currency}")
    String byHeading(Object grouping, Object currency);

    @Message("By year, in {currency}")
    String byYearHeading(Object currency);

    @Message("Year")
    String year();

    @Message("All years")
    String allYears();

    @Message("Last updated: {time}")
    String lastUpdated(Object time);

    @Message("No announced pledge counts in these figures yet.")
    String nothingYet();

    @Message("{label}: pledged {pledged} {currency}, committed {committed} {currency}, disbursed {disbursed} {currency}. Show the pledges.")
    String groupLink(Object label, Object pledged, Object committed, Object disbursed, Object currency);

    @Message("{series}: {amount} {currency}. Show the pledges.")
    String totalLink(Object series, Object amount, Object currency);

    @Message("Select a bar, or a row of the table below, to see the pledges behind it.")
    String howToDrill();

    @Message("No event")
    String noEvent();

    @Message("Figures count announced pledges of announced members only, each converted at its value date's rate.")
    String publicRule();

    @Message("Show the pledges")
    String showPledges();

    @Message("Pledges behind the figures")
    String pledgesTitle();

    @Message("Pledges behind: {group}")
    String pledgesOf(Object group);

    @Message("All pledges counted")
    String allPledges();

    @Message("Year {year}")
    String inYear(Object year);

    @Message("Back to the funding dashboard")
    String back();

    @Message("Pledges, with their amounts in {currency}")
    String pledgesCaption(Object currency);

    @Message("Member")
    String member();

    @Message("Target")
    String target();

    @Message("Status")
    String status();

    @Message("Value date")
    String valueDate();

    @Message("Amount pledged")
    String amount();

    @Message("Joint pledge")
    String joint();

    @Message("Total")
    String total();

    @Message("No pledge counts in this figure.")
    String noPledges();
}
