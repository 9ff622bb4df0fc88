package org.iccsp.platform.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import org.iccsp.contracts.EventType;
import org.iccsp.platform.testing.EventContract;
import org.junit.jupiter.api.Test;

/** The envelope keeps what it does not know, and hands payloads over as their contract records. */
class CloudEventCodecTest {
    record Probe(String key, int count) {
    }

    private static final EventType<Probe> PROBED = EventType.of("directory.projects", "test", "probe", "probed",
            Probe.class);
    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private static String event(String data) {
        return """
                {"specversion":"1.0","id":"8d3f0b8e-7d37-4a8b-9d3e-2f2a7c1e9b10","source":"/iccsp/test",
                 "type":"org.iccsp.test.probe.probed.v1","subject":"k-1","time":"2026-01-15T10:00:00Z",
                 "datacontenttype":"application/json",
                 "dataschema":"https://schemas.iccsp.org/events/probe-probed.v1.json",
                 "partitionkey":"k-1","iccspseq":42,"traceparent":"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                 "data":%s}""".formatted(data);
    }

    @Test
    void unknownExtensionAttributesSurviveDecodeAndEncode() throws Exception {
        CloudEvent decoded = codec.decode(event("{\"key\":\"k-1\",\"count\":2}"));
        assertEquals(Map.of("partitionkey", "k-1", "iccspseq", 42,
                "traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"), decoded.extensions());
        assertEquals("https://schemas.iccsp.org/events/probe-probed.v1.json", decoded.dataschema());
        var again = new ObjectMapper().readTree(codec.encode(decoded));
        assertEquals(new ObjectMapper().readTree(event("{\"key\":\"k-1\",\"count\":2}")), again,
                "re-encoded as it came, extensions at the top level");
        assertFalse(again.has("extensions"));
    }

    @Test
    void anEventWithoutExtensionsWritesNoneAndConformsToTheSharedEnvelope() {
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, "8d3f0b8e-7d37-4a8b-9d3e-2f2a7c1e9b10",
                "/iccsp/test", PROBED.type(), "k-1", java.time.OffsetDateTime.parse("2026-01-15T10:00:00Z"),
                CloudEvent.JSON, PROBED.dataschema(), codec.mapper().valueToTree(new Probe("k-1", 1)), null);
        String json = codec.encode(event);
        assertEquals(Map.of(), codec.decode(json).extensions());
        EventContract.assertConforms(EventType.ENVELOPE_SCHEMA, json);
    }

    @Test
    void dataIsReadAsTheContractRecordAndWhatDoesNotFitIsPoison() {
        assertEquals(new Probe("k-1", 2), codec.data(codec.decode(event("{\"key\":\"k-1\",\"count\":2,\"new\":true}")),
                PROBED));
        assertThrows(PoisonMessageException.class,
                () -> codec.data(codec.decode(event("{\"key\":\"k-1\",\"count\":\"many\"}")), PROBED));
        assertThrows(PoisonMessageException.class, () -> codec.data(codec.decode(event("null")), PROBED));
    }
}
