package org.iccsp.gateway.web.pledges;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Map;
import org.iccsp.gateway.web.common.CountryNames;
import org.iccsp.gateway.web.i18n.CodeMessages;
import org.iccsp.gateway.web.i18n.NameMessages;

/**
 * A funding group's name in the page's language, in the templates' {@code group:} namespace:
 * {@code {group:label(groupBy, group.key, eventTitles)}} names a member by its country's CLDR name, a bloc and a
 * vertical by their words, an event by its title (from {@code eventTitles}, the events the reader may see), and
 * the rows that name nothing ({@code none}: pledges not linked to an event) in words. Never a code or an id.
 */
@TemplateExtension(namespace = "group")
public final class GroupLabels {
    private GroupLabels() {
    }

    public static String label(String groupBy, Object key, Object eventTitles, @TemplateAttribute("locale") Object locale) {
        return label(groupBy, key == null ? null : key.toString(),
                eventTitles instanceof Map<?, ?> titles ? titles : Map.of(), CountryNames.language(locale));
    }

    static String label(String groupBy, String key, Map<?, ?> eventTitles, String lang) {
        NameMessages names = MessageBundles.get(NameMessages.class, Localized.Literal.of(lang));
        CodeMessages codes = MessageBundles.get(CodeMessages.class, Localized.Literal.of(lang));
        if (key == null || key.isBlank() || "none".equals(key)) {
            return "event".equals(groupBy) ? names.noEvent() : names.noBloc();
        }
        return switch (groupBy) {
            case "member" -> CountryNames.of(key, lang);
            case "bloc" -> switch (key) {
                case "G7" -> names.blocG7();
                case "EU" -> names.blocEu();
                case "Arab League" -> names.blocArabLeague();
                default -> names.blocOther();
            };
            case "vertical" -> vertical(codes, key);
            case "event" -> eventTitles.get(key) != null ? eventTitles.get(key).toString() : names.eventHidden();
            default -> key;
        };
    }

    private static String vertical(CodeMessages codes, String key) {
        return switch (key) {
            case "agriculture" -> codes.sectorAgriculture();
            case "health" -> codes.sectorHealth();
            case "education" -> codes.sectorEducation();
            case "technology" -> codes.sectorTechnology();
            case "environment-and-water" -> codes.sectorEnvironmentAndWater();
            case "arts-and-music" -> codes.sectorArtsAndMusic();
            case "sports" -> codes.sectorSports();
            case "science" -> codes.sectorScience();
            case "dialogue-and-reconciliation" -> codes.sectorDialogueAndReconciliation();
            case "economic-development" -> codes.sectorEconomicDevelopment();
            case "humanitarian" -> codes.sectorHumanitarian();
            default -> key;
        };
    }
}
