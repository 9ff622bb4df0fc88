package org.iccsp.events.common;

/**
 * A caller's precondition on the current state of what a command changes (the API's {@code If-Match} against the
 * row's version), checked by the domain under its lock and before it changes anything; it throws to refuse.
 */
@FunctionalInterface
public interface Precondition<T> {
    void check(T current);

    static <T> Precondition<T> none() {
        return current -> {
        };
    }
}
