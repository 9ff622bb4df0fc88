package org.iccsp.notification.delivery.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void anExceptionWithoutAMessageIsNamedByItsClass() {
        assertEquals("java.util.concurrent.TimeoutException", Failures.describe(new TimeoutException()));
    }

    @Test
    void theWholeChainIsTold() {
        Exception e = new IllegalStateException("send failed",
                new UncheckedIOException("SMTP", new SocketTimeoutException("Read timed out")));
        assertEquals("java.lang.IllegalStateException: send failed <- caused by java.io.UncheckedIOException: SMTP"
                + " <- caused by java.net.SocketTimeoutException: Read timed out", Failures.describe(e));
    }

    @Test
    void aWrapperThatOnlyRepeatsItsCauseIsNamedOnce() {
        String detail = Failures.describe(new CompletionException(new TimeoutException()));
        assertEquals("java.util.concurrent.CompletionException <- caused by java.util.concurrent.TimeoutException", detail);
    }

    @Test
    void aVeryLongMessageIsCut() {
        String detail = Failures.describe(new RuntimeException("x".repeat(5000)));
        assertTrue(detail.length() <= Failures.MAX_LENGTH, detail.length() + " characters");
    }
}
