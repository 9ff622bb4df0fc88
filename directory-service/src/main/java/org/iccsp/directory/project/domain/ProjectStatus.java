package org.iccsp.directory.project.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

public enum ProjectStatus {
    PLANNED, ACTIVE, COMPLETED, SUSPENDED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ProjectStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown project status " + code
                        + " (planned, active, completed or suspended)"));
    }

    @Override
    public String toString() {
        return code();
    }
}
