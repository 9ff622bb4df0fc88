package org.iccsp.directory.project.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A page of projects; pass nextCursor as cursor for the next one (absent on the last page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectPage(List<ProjectView> items, String nextCursor) {
}
