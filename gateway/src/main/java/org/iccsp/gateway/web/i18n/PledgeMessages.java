package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Pledges: the list, the form, a pledge's page with its transitions.
 * English here; {@code messages/pl_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("pl")
public interface PledgeMessages {
    @Message("Pledges")
    String listTitle();

    @Message("Pledges of {member}")
    String listTitleOf(Object member);

    @Message("Draft a new pledge")
    String newLink();

    @Message("Status")
    String status();

    @Message("No pledge yet.")
    String none();

    @Message("Pledges, newest first")
    String listCaption();

    @Message("Target")
    String target();

    @Message("Member")
    String member();

    @Message("Amount")
    String amount();

    @Message("Verticals")
    String verticals();

    @Message("Joint shares")
    String jointShares();

    @Message("Action")
    String action();

    @Message("sealed under an embargo")
    String sealed();

    @Message("confidential")
    String confidential();

    @Message("Edit")
    String edit();

    @Message("Submit")
    String submit();

    @Message("Draft a pledge")
    String draftTitle();

    @Message("Revise the draft pledge")
    String editTitle();

    @Message("Back to the pledges")
    String backToList();

    @Message("Back to the pledge")
    String backToPledge();

    @Message("Amount")
    String amountLegend();



    @Message("Value date")
    String valueDate();

    @Message("New money (not previously announced)")
    String newMoney();

    @Message("New money")
    String newMoneyShort();

    @Message("Kind")
    String targetKind();

    @Message("Reference (project, working group or resource id)")
    String targetRef();

    @Message("Name")
    String targetName();

    @Message("Event where it is announced (optional)")
    String eventLabel();

    @Message("No event")
    String noEvent();

    @Message("Notes")
    String notes();

    @Message("Joint pledge (optional): each member's share")
    String sharesLegend();

    @Message("At least two members, yours among them, each in its own currency; the shares add up to the amount. They are fixed once drafted.")
    String sharesHint();

    @Message("Joint pledge name")
    String jointLabel();


    @Message("Share {n}: amount")
    String shareAmount(Object n);

    @Message("Share {n}: currency")
    String shareCurrency(Object n);

    @Message("Joint pledge {label}: shares")
    String sharesFixed(Object label);

    @Message("The shares are fixed once drafted: to change them, withdraw this draft and draft the pledge again.")
    String sharesFixedHint();

    @Message("Save the draft")
    String saveDraft();

    @Message("Save the changes")
    String saveChanges();

    @Message("Pledge: {label}")
    String pledgeTitle(Object label);

    @Message("Disbursed so far")
    String disbursed();

    @Message("Revision")
    String revision();

    @Message("Reason for withdrawal")
    String withdrawalReason();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Shares of the joint pledge {label}")
    String sharesCaption(Object label);

    @Message("What you can do")
    String actions();

    @Message("Revise the draft")
    String editLink();

    @Message("Submit under an embargo (stays sealed until it is released)")
    String embargoLabel();

    @Message("No embargo")
    String noEmbargo();

    @Message("Submit the pledge")
    String submitButton();

    @Message("This pledge is sealed under an embargo: it is announced when the embargo is released.")
    String sealedHint();

    @Message("Announce the pledge")
    String announceButton();

    @Message("Commit the pledge")
    String commitButton();

    @Message("Record a disbursement")
    String disburseLegend();

    @Message("({amount} {currency} remain)")
    String remaining(Object amount, Object currency);

    @Message("Amount disbursed ({currency})")
    String disburseAmount(Object currency);

    @Message("Date of the disbursement")
    String disburseDate();

    @Message("Record the disbursement")
    String disburseButton();

    @Message("Reason for withdrawing the pledge")
    String withdrawReason();

    @Message("Withdraw the pledge")
    String withdrawButton();

    @Message("Nothing more can be done with this pledge.")
    String nothingMore();

    @Message("Only the pledge's government (and admins) act on it.")
    String readOnly();

    @Message("History of the pledge, oldest first")
    String historyCaption();

    @Message("When")
    String when();

    @Message("What")
    String historyAction();

    @Message("By")
    String actor();

    @Message("Details")
    String details();
}
