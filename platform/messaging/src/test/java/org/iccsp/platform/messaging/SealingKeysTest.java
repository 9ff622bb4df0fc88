package org.iccsp.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Base64;
import org.iccsp.contracts.SealedText;
import org.junit.jupiter.api.Test;

/** The first key seals, every listed key opens (rotation); an unknown key or a bad setting is refused. */
class SealingKeysTest {
    private static String key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void theFirstKeySealsAndEveryKeyOpens() {
        SealingKeys before = new SealingKeys("k1:" + key(1));
        SealingKeys rotated = new SealingKeys("k2:" + key(2) + ", k1:" + key(1));
        SealedText old = before.seal("token-1", "inv-1");
        assertEquals("k1", old.keyId());
        assertEquals("token-1", rotated.open(old, "inv-1"), "events sealed before the rotation still open");
        SealedText fresh = rotated.seal("token-2", "inv-2");
        assertEquals("k2", fresh.keyId());
        assertThrows(PoisonMessageException.class, () -> before.open(fresh, "inv-2"), "k2 is not known there");
        assertThrows(PoisonMessageException.class, () -> rotated.open(fresh, "inv-1"), "another event's subject");
        assertThrows(PoisonMessageException.class, () -> rotated.open(null, "inv-1"));
    }

    @Test
    void aMissingOrMalformedSettingIsRefused() {
        assertThrows(IllegalStateException.class, () -> new SealingKeys("").seal("t", "c"));
        assertThrows(IllegalArgumentException.class, () -> new SealingKeys("k1:" + Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> new SealingKeys(key(1)));
    }
}
