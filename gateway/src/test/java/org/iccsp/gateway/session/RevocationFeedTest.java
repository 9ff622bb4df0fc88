package org.iccsp.gateway.session;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.iccsp.platform.testing.KafkaBroker;
import org.iccsp.platform.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas in one JVM, each with its own {@link RevokedSessions} and {@link RevocationFeed}, against a
 * real broker (the e2e stack runs one gateway, so this is where "every replica" is shown): a session signed out on
 * one is refused by the other, and by a replica started afterwards; an unreadable record is dead-lettered.
 */
class RevocationFeedTest {
    private static final String BOOTSTRAP = KafkaBroker.shared().bootstrapServers();
    private final List<RevocationFeed> feeds = new ArrayList<>();

    private static SecurityIdentity session(String idToken) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("alice"))
                .addCredential(new IdTokenCredential(idToken)).build();
    }

    /** A replica: its own memory, its own feed (own client ids, no consumer group). */
    private RevokedSessions replica(String name) {
        RevokedSessions revoked = new RevokedSessions(Clock.systemUTC());
        RevocationFeed feed = new RevocationFeed(Map.of("bootstrap.servers", BOOTSTRAP), RevocationFeed.TOPIC, name,
                Clock.systemUTC(), revoked::record).start();
        revoked.announceWith(feed::publish);
        feeds.add(feed);
        await().atMost(Duration.ofSeconds(30)).until(feed::caughtUp);
        return revoked;
    }

    @AfterEach
    void close() {
        feeds.forEach(RevocationFeed::close);
    }

    @Test
    void aSessionEndedOnOneReplicaIsRefusedByEveryReplica() {
        RevokedSessions a = replica("a-" + UUID.randomUUID());
        RevokedSessions b = replica("b-" + UUID.randomUUID());
        SecurityIdentity mine = session("header." + UUID.randomUUID() + ".signature");
        SecurityIdentity other = session("header." + UUID.randomUUID() + ".signature");
        assertFalse(b.isRevoked(mine));

        a.revoke(mine);
        assertTrue(a.isRevoked(mine), "at once on the replica that served the sign-out");
        await().atMost(Duration.ofSeconds(20)).until(() -> b.isRevoked(mine));
        assertFalse(b.isRevoked(other), "another session stays signed in");

        String sid = UUID.randomUUID().toString();
        b.revokeSession("sid:" + sid); // a back-channel logout that reached replica b
        await().atMost(Duration.ofSeconds(20)).until(() -> a.revokedKey("sid:" + sid));

        RevokedSessions later = replica("c-" + UUID.randomUUID());
        assertTrue(later.isRevoked(mine), "a replica started afterwards reads the day's revocations");
        assertTrue(later.revokedKey("sid:" + sid));
        assertFalse(later.isRevoked(other));

        // nothing on the topic names the session: only the SHA-256 of its key
        String topic = String.join("\n", new TopicProbe(BOOTSTRAP).await(RevocationFeed.TOPIC, r -> true,
                Integer.MAX_VALUE, Duration.ofSeconds(3)).stream().map(r -> r.value()).toList());
        assertFalse(topic.contains(sid), topic);
        assertTrue(topic.contains(SessionKeys.sha256("sid:" + sid)));
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheFeedReadsOn() {
        RevokedSessions a = replica("a-" + UUID.randomUUID());
        String key = "junk-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", BOOTSTRAP),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(RevocationFeed.TOPIC, key, "{\"session\": \"sid:in-clear\", \"until\": \"soon\"}"));
            producer.send(new ProducerRecord<>(RevocationFeed.TOPIC, key + "-expired", "{\"session\": \""
                    + SessionKeys.sha256("sid:" + key) + "\", \"until\": \"" + Instant.now().minusSeconds(60) + "\"}"));
        }
        assertEquals(1, new TopicProbe(BOOTSTRAP).await(RevocationFeed.TOPIC + ".dlq", r -> key.equals(r.key()), 1,
                Duration.ofSeconds(20)).size());
        String sid = UUID.randomUUID().toString();
        a.revokeSession("sid:" + sid);
        RevokedSessions b = replica("b-" + UUID.randomUUID());
        await("read on past the unreadable record").atMost(Duration.ofSeconds(20)).until(() -> b.revokedKey("sid:" + sid));
        assertFalse(b.revokedKey("sid:" + key), "an expired revocation is forgotten");
    }
}
