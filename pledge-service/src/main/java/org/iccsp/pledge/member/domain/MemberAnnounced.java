package org.iccsp.pledge.member.domain;

/**
 * Fired (CDI, synchronously, in the transaction of the change) when a member becomes announced: what was withheld
 * for its sake may now be published.
 */
public record MemberAnnounced(String code) {
}
