package org.iccsp.events.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/** Wire codes of enums: {@code MEMBERS_ONLY} is {@code members-only}. */
public final class Codes {
    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the allowed codes (rendered as a 400 on the field) */
    public static <E extends Enum<E>> E parse(Class<E> type, String code, String what) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " " + code + ", one of "
                        + Arrays.stream(type.getEnumConstants()).map((Function<E, String>) Codes::of).toList()));
    }
}
