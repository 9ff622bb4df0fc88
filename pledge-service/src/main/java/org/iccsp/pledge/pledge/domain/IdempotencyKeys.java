package org.iccsp.pledge.pledge.domain;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.iccsp.platform.web.ProblemException;

/**
 * Idempotency-Key of pledge creation, scoped to the caller. The key is claimed with an insert that
 * waits for a concurrent claim of the same key to commit, so two retries racing create one pledge.
 */
@ApplicationScoped
public class IdempotencyKeys {
    public static final String HEADER = "Idempotency-Key";
    private static final ObjectMapper CANONICAL = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final EntityManager em;

    public IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * @return empty when the key is new (now claimed in this transaction), else the pledge the same
     *         request created before
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> claim(String owner, String key, String requestHash) {
        int inserted = em.createNativeQuery("insert into pledge_idempotency (owner, key, request_hash) "
                + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, requestHash).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select request_hash, pledge_id from pledge_idempotency "
                + "where owner = ?1 and key = ?2").setParameter(1, owner).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!requestHash.equals(row[0])) {
            throw ProblemException.unprocessable(HEADER, "was already used with a different request body");
        }
        return Optional.of((String) row[1]);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(String owner, String key, String pledgeId) {
        em.createNativeQuery("update pledge_idempotency set pledge_id = ?3 where owner = ?1 and key = ?2")
                .setParameter(1, owner).setParameter(2, key).setParameter(3, pledgeId).executeUpdate();
    }

    /** SHA-256 of the request in a canonical form: property order, white space and "10" vs "10.00" do not matter. */
    public static String hash(PledgeCommands.Draft request, String memberCode) {
        ObjectNode canonical = CANONICAL.valueToTree(request);
        canonical.put("memberCode", memberCode);
        canonical.put("amount", request.amount().stripTrailingZeros().toPlainString());
        if (request.shares() != null) {
            for (int i = 0; i < request.shares().size(); i++) {
                ((ObjectNode) canonical.get("shares").get(i)).put("amount",
                        request.shares().get(i).amount().stripTrailingZeros().toPlainString());
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw ProblemException.invalid(HEADER, "is required: a unique value per pledge, reused on retries");
        }
        if (key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be at most 200 characters");
        }
        return key.strip();
    }
}
