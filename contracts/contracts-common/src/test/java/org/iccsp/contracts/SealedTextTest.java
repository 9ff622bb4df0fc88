package org.iccsp.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A sealed text opens with its key for its context only, shows nothing of the text, and detects changes. */
class SealedTextTest {
    private static final byte[] KEY = key(1);
    private static final String TOKEN = "q8Zr0vXcT1mN4bY7kLp2sW9dF3gH6jA5uE0iO";

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void opensWithItsKeyForItsContext() {
        SealedText sealed = SealedText.seal("k1", KEY, TOKEN, "invitation-1");
        assertEquals("k1", sealed.keyId());
        assertFalse(sealed.ciphertext().contains(TOKEN));
        assertFalse(new String(Base64.getUrlDecoder().decode(sealed.ciphertext())).contains(TOKEN));
        assertEquals(TOKEN, sealed.open(KEY, "invitation-1"));
        assertNotEquals(sealed.ciphertext(), SealedText.seal("k1", KEY, TOKEN, "invitation-1").ciphertext(),
                "a fresh nonce every time");
        assertFalse(sealed.toString().contains(sealed.ciphertext()));
    }

    @Test
    void anotherKeyContextKeyIdOrAnAlteredTextDoesNotOpen() {
        SealedText sealed = SealedText.seal("k1", KEY, TOKEN, "invitation-1");
        assertThrows(IllegalArgumentException.class, () -> sealed.open(key(2), "invitation-1"));
        assertThrows(IllegalArgumentException.class, () -> sealed.open(KEY, "invitation-2"));
        assertThrows(IllegalArgumentException.class, () -> new SealedText("k2", sealed.ciphertext()).open(KEY, "invitation-1"));
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.ciphertext());
        bytes[20] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertThrows(IllegalArgumentException.class, () -> new SealedText("k1", altered).open(KEY, "invitation-1"));
        assertThrows(IllegalArgumentException.class, () -> new SealedText("k1", "not base64!").open(KEY, "invitation-1"));
        assertThrows(IllegalArgumentException.class, () -> new SealedText("k1", "c2hvcnQ").open(KEY, "invitation-1"));
        assertThrows(IllegalArgumentException.class, () -> SealedText.seal("k1", new byte[16], TOKEN, "x"),
                "AES-256 keys only");
    }
}
