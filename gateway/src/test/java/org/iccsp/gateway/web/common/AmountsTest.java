package org.iccsp.gateway.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Amounts typed the way each language's pages write them reach the services as plain numbers. */
class AmountsTest {

    @Test
    void englishGroupsWithCommas() {
        assertEquals("1000000", Amounts.plain("1,000,000", "en"));
        assertEquals("1000000.50", Amounts.plain("1,000,000.50", "en"));
        assertEquals("2500", Amounts.plain(" 2500 ", "en"));
        assertEquals("1.5", Amounts.plain("1.5", "en"));
    }

    @Test
    void frenchGroupsWithSpacesAndWritesADecimalComma() {
        assertEquals("1000000.00", Amounts.plain("1 000 000,00", "fr"));
        assertEquals("1000000.00", Amounts.plain("1\u202F000\u202F000,00", "fr")); // as the page writes it
        assertEquals("1000000.50", Amounts.plain("1.000.000,50", "fr"));
        assertEquals("1000.5", Amounts.plain("1000,5", "fr"));
        assertEquals("1000.25", Amounts.plain("1000.25", "fr")); // a decimal point is still a decimal point
    }

    @Test
    void arabicIndicDigitsAndArabicSeparators() {
        assertEquals("1000000", Amounts.plain("١٬٠٠٠٬٠٠٠", "ar"));
        assertEquals("1000000.5", Amounts.plain("١٬٠٠٠٬٠٠٠٫٥", "ar"));
        assertEquals("1000000", Amounts.plain("1,000,000", "ar"));
        assertEquals("2500", Amounts.plain("۲۵۰۰", "he")); // Eastern Arabic-Indic (Persian) digits
    }

    @Test
    void whatIsNotAnAmountIsSentAsTypedForTheServiceToRefuse() {
        assertEquals("ten", Amounts.plain("ten", "en"));
        assertEquals("-5", Amounts.plain("-5", "en"));
        assertEquals("1,2,3", Amounts.plain("1,2,3", "en"));
        assertEquals("12\u202E34", Amounts.plain("12\u202E34", "en"));
        assertEquals(null, Amounts.plain(null, "en"));
    }
}
