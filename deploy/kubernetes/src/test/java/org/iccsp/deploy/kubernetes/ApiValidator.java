package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PodMonitor;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one Kubernetes object against the API it claims. Built-in kinds, Prometheus Operator kinds and
 * Strimzi kinds are read into their published Java models (fabric8 Kubernetes model, Strimzi api), generated
 * from the real API schemas, with unknown fields and scalar coercion made errors: the models normally keep
 * unknown fields in an "additionalProperties" map, which this mapper switches off. CloudNativePG and Keycloak
 * publish no such model on Maven Central, so their specs are checked against the JSON Schemas in schemas/.
 */
final class ApiValidator {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
            Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PodMonitor", PodMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaUser", KafkaUser.class));

    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cnpg-scheduledbackup.json",
            "k8s.keycloak.org/v2alpha1/Keycloak", "keycloak.json",
            "k8s.keycloak.org/v2alpha1/KeycloakRealmImport", "keycloak-realm-import.json");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private ApiValidator() {
    }

    /** The problems found, each prefixed with the object's kind and name; empty when the object is valid. */
    static List<String> validate(JsonNode object) {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String label = type + " " + Manifests.name(object) + ": ";
        List<String> problems = new ArrayList<>();
        Class<?> model = MODELS.get(type);
        String schema = SCHEMAS.get(type);
        if (model != null) {
            read(object, model).ifPresent(p -> problems.add(label + p));
        } else if (schema != null) {
            read(object.path("metadata"), ObjectMeta.class).ifPresent(p -> problems.add(label + "metadata: " + p));
            for (ValidationMessage message : schema(schema).validate(object)) {
                problems.add(label + message.getMessage());
            }
        } else {
            problems.add(label + "no model or schema for this kind: add one to ApiValidator before using it");
        }
        return problems;
    }

    private static java.util.Optional<String> read(JsonNode node, Class<?> model) {
        try {
            STRICT.treeToValue(node, model);
            return java.util.Optional.empty();
        } catch (JsonMappingException e) {
            return java.util.Optional.of(path(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException | IllegalArgumentException e) {
            return java.util.Optional.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    /** "spec.template.spec.containers[0].imagePullPolice", the way kubectl names a field. */
    private static String path(JsonMappingException e) {
        var path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JsonSchema schema(String file) {
        try {
            return SCHEMA_FACTORY.getSchema(Files.readString(Manifests.MODULE.resolve("schemas").resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
