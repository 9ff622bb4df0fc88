package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Names instead of codes (issue 18, item 5): the pickers of currencies and pledge targets, people, organisations
 * and embargoes named on the pages, and the words for rows that name nothing. Countries and currencies themselves
 * are CLDR names ({@code CountryNames}, {@code CurrencyNames}); counts are ICU plurals ({@code Plurals}).
 * English here; {@code messages/names_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("names")
public interface NameMessages {
    @Message("Member")
    String member();

    @Message("Currency")
    String currency();

    @Message("Share {n}: member")
    String shareMember(Object n);

    @Message("Choose a currency")
    String chooseCurrency();

    @Message("Choose a country")
    String chooseCountry();

    @Message("Project or working group")
    String targetPicker();

    @Message("Start typing the name of a project or a working group, then choose it from the list. You may also paste its reference.")
    String targetPickerHint();

    @Message("project")
    String targetProject();

    @Message("working group")
    String targetWorkingGroup();

    @Message("Embargo")
    String embargo();

    @Message("released on {date}")
    String embargoReleasedOn(String date);

    @Message("to be released on {date}")
    String embargoReleaseOn(String date);

    @Message("an embargo you cannot see")
    String embargoHidden();

    @Message("a person whose name was not recorded")
    String unnamedPerson();

    @Message("the platform (automatic release)")
    String platform();

    @Message("an organisation you cannot see")
    String organisationHidden();

    @Message("Not linked to an event")
    String noEvent();

    @Message("No bloc")
    String noBloc();

    @Message("an event you cannot see")
    String eventHidden();

    @Message("G7")
    String blocG7();

    @Message("European Union")
    String blocEu();

    @Message("Arab League")
    String blocArabLeague();

    @Message("Other members")
    String blocOther();
}
