package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The funding dashboard.
 * English here; {@code messages/fund_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("fund")
public interface FundingMessages {
    @Message("Funding")
    String title();

    @Message("Funding pledged through the consortium")
    String heading();

    @Message("Group by")
    String groupBy();

    @Message("Currency")
    String currency();

    @Message("Show")
    String show();

    @Message("Total announced:")
    String totalAnnounced();

    @Message(", of which committed:")
    String ofWhichCommitted();

    @Message("Announced and committed, in {currency}, by")
    String chartCaption(Object currency);

    @Message("Announced")
    String announced();

    @Message("Committed")
    String committed();

    @Message("Funding ({currency})")
    String tableCaption(Object currency);

    @Message("Members")
    String members();

    @Message("Pledges")
    String pledges();

}
