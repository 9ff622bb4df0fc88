package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The directory search and an organisation's page.
 * English here; {@code messages/dir_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("dir")
public interface DirectoryMessages {
    @Message("Directory")
    String title();

    @Message("Directory of organisations")
    String heading();

    @Message("Search")
    String search();

    @Message("Sector")
    String sector();

    @Message("Any sector")
    String anySector();

    @Message("Country (ISO code, e.g. PS)")
    String country();

    @Message("Search")
    String searchButton();

    @Message("Results")
    String results();

    @Message("No organisation matches.")
    String noMatch();

    @Message("Next page")
    String nextPage();

    @Message("Refine")
    String refine();

    @Message("Back to the directory")
    String back();

    @Message("Legal name")
    String legalName();

    @Message("Type")
    String type();

    @Message("Country")
    String countryCity();

    @Message("Status")
    String status();

    @Message("Sectors")
    String sectors();

    @Message("Languages")
    String languages();

    @Message("Networks")
    String networks();

    @Message("Registry identifiers")
    String registryIds();

    @Message("Website")
    String website();

    @Message("Contact")
    String contact();

    @Message("About")
    String about();

    @Message("Contacts")
    String contacts();
}
