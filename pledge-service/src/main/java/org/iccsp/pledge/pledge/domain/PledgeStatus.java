package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** draft → submitted → announced → committed → disbursed → fulfilled, or withdrawn. */
public enum PledgeStatus {
    DRAFT, SUBMITTED, ANNOUNCED, COMMITTED, DISBURSED, FULFILLED, WITHDRAWN;

    /** Publicly counted and listed (the pledge has been announced). */
    public static final Set<PledgeStatus> PUBLIC = EnumSet.of(ANNOUNCED, COMMITTED, DISBURSED, FULFILLED);
    /** Counted in "committed" totals (the FTS rule: not before it is committed). */
    public static final Set<PledgeStatus> COMMITTED_OR_LATER = EnumSet.of(COMMITTED, DISBURSED, FULFILLED);

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PledgeStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean isFinal() {
        return this == FULFILLED || this == WITHDRAWN;
    }

    @Override
    public String toString() {
        return code();
    }
}
