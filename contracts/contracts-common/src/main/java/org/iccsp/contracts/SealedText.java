package org.iccsp.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret carried in an event's data, encrypted for its consumers (AES-256-GCM): {@code keyId} names
 * the key it was sealed with (so keys can be rotated: a consumer keeps the old key until the events
 * sealed with it are read), {@code ciphertext} is base64url (no padding) of the 12-byte nonce followed by
 * the encrypted text and its 16-byte tag. The {@code context} given to {@link #seal} and {@link #open}
 * (the event's subject, such as the invitation id) is authenticated too, so a sealed value copied into
 * another event does not open. Used for what must not be readable on the topic: invitation tokens.
 */
public record SealedText(String keyId, String ciphertext) {
    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** {@code text} sealed with {@code key} (32 bytes), bound to {@code context}. */
    public static SealedText seal(String keyId, byte[] key, String text, String context) {
        Objects.requireNonNull(text, "text");
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(key), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(keyId, context));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return new SealedText(keyId, Base64.getUrlEncoder().withoutPadding().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The text, opened with {@code key} (the one {@link #keyId} names); an {@link IllegalArgumentException}
     * when it was not sealed with that key for that context, or was altered.
     */
    public String open(byte[] key, String context) {
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(Objects.requireNonNull(ciphertext, "ciphertext"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the sealed text is not base64url", e);
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("the sealed text is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, aesKey(key), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(aad(keyId, context));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the sealed text does not open with key " + keyId + " for this event", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String toString() { // never the ciphertext in a log line either
        return "SealedText[keyId=" + keyId + "]";
    }

    private static SecretKey aesKey(byte[] key) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("a sealing key is 32 bytes (AES-256)");
        }
        return new SecretKeySpec(key, "AES");
    }

    private static byte[] aad(String keyId, String context) {
        return (Objects.requireNonNull(keyId, "keyId") + "|" + Objects.requireNonNull(context, "context"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
