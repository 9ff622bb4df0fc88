package org.iccsp.gateway.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The directory's facet links, result count and sort, and an organisation's projects.
 * English here; {@code messages/dsearch_<lang>.properties} translate them (fr, ar, he).
 */
@MessageBundle("dsearch")
public interface DirectorySearchMessages {
    @Message("Organisations found: {count}")
    String found(Object count);

    @Message("Sort by")
    String sortBy();

    @Message("Best match")
    String sortRelevance();

    @Message("Name")
    String sortName();

    @Message("Newest")
    String sortNewest();

    @Message("Filter by {value}")
    String add(Object value);

    @Message("Remove the filter {value}")
    String remove(Object value);

    @Message("Clear all filters")
    String clear();

    @Message("Projects")
    String projects();

    @Message("See its projects")
    String seeProjects();

    @Message("Projects of {name}")
    String projectsOf(Object name);

    @Message("This organisation lists no project.")
    String noProjects();

    @Message("Back to the organisation")
    String backToOrganisation();

    @Message("Country")
    String country();

    @Message("Dates")
    String dates();

    @Message("Beneficiaries a year")
    String beneficiaries();

    @Message("Across borders")
    String crossBorder();
}
