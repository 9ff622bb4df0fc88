package org.iccsp.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iccsp.contracts.SealedText;

/**
 * The keys that seal secrets carried in events ({@link SealedText}: invitation tokens), shared by the
 * producer and its consumers: {@code iccsp.messaging.sealing-keys} ({@code ICCSP_MESSAGING_SEALING_KEYS}),
 * a comma-separated list of {@code keyId:base64 32-byte key}, the first one sealing, every one opening.
 * To rotate: put a new key first (consumers first, or both at once), and drop the old one once no event
 * sealed with it is left to read. A service without the setting starts, and refuses to seal or open.
 */
@ApplicationScoped
public class SealingKeys {
    private final Map<String, byte[]> keys = new LinkedHashMap<>();

    @Inject
    public SealingKeys(@ConfigProperty(name = "iccsp.messaging.sealing-keys") Optional<String> setting) {
        this(setting.orElse(""));
    }

    public SealingKeys(String setting) {
        for (String entry : setting.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("iccsp.messaging.sealing-keys: each key is keyId:base64, not '"
                        + entry.strip().replaceAll(":.*", "") + "…'");
            }
            byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalArgumentException("iccsp.messaging.sealing-keys: key " + entry.substring(0, colon).strip()
                        + " is " + key.length + " bytes, not 32");
            }
            keys.put(entry.substring(0, colon).strip(), key);
        }
    }

    /** {@code text} sealed with the current (first) key, bound to {@code context} (the event's subject). */
    public SealedText seal(String text, String context) {
        Map.Entry<String, byte[]> current = keys.entrySet().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("iccsp.messaging.sealing-keys is not set: nothing to seal with"));
        return SealedText.seal(current.getKey(), current.getValue(), text, context);
    }

    /**
     * The sealed text, opened with the key it names. A {@link PoisonMessageException} (the record goes to the
     * dead-letter topic) when that key is unknown here or the text does not open for this context.
     */
    public String open(SealedText sealed, String context) {
        if (sealed == null || sealed.keyId() == null) {
            throw new PoisonMessageException("the sealed value or its keyId is missing", null);
        }
        byte[] key = keys.get(sealed.keyId());
        if (key == null) {
            throw new PoisonMessageException("no sealing key " + sealed.keyId() + " in iccsp.messaging.sealing-keys", null);
        }
        try {
            return sealed.open(key, context);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException(e.getMessage(), e);
        }
    }
}
