package org.iccsp.gateway.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionSecretCheckTest {

    @Test
    void aMissingOrShortSecretStopsTheGateway() {
        assertThrows(IllegalStateException.class, () -> SessionSecretCheck.verify(Optional.empty()));
        assertThrows(IllegalStateException.class, () -> SessionSecretCheck.verify(Optional.of("too-short")));
    }

    @Test
    void aLongEnoughSecretIsAccepted() {
        assertDoesNotThrow(() -> SessionSecretCheck.verify(Optional.of("x".repeat(SessionSecretCheck.MIN_LENGTH))));
    }
}
