package org.iccsp.gateway.web.common;

/** What a page reads of a resource a service has just created (its 201 body): the id to go to. */
public record Created(String id) {
}
