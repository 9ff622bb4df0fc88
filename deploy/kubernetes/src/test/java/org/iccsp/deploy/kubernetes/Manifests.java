package org.iccsp.deploy.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Renders the overlays with {@code kubectl kustomize} (offline, no cluster) and reads the objects. */
final class Manifests {

    /** Surefire sets basedir to the module directory. */
    static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path REPO = MODULE.resolve("../..").normalize();
    static final List<String> OVERLAYS = List.of("local", "production");
    static final ObjectMapper YAML = new YAMLMapper();

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    static List<JsonNode> overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> render(MODULE.resolve("overlays").resolve(n)));
    }

    static Stream<JsonNode> ofKind(String overlay, String kind) {
        return overlay(overlay).stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    static JsonNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static List<JsonNode> render(Path kustomization) {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString()).start();
        } catch (IOException e) {
            throw new IllegalStateException("`kubectl` is not on the PATH: these tests render the manifests with "
                    + "`kubectl kustomize` (install the `kubectl` package, see deploy/README.md)", e);
        }
        try {
            process.getOutputStream().close();
            var stderr = new StringBuilder();
            Thread errReader = Thread.ofVirtual().start(() -> {
                try {
                    stderr.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the exit code reports the failure
                }
            });
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + kustomization + " timed out");
            }
            errReader.join();
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + kustomization + " failed: " + stderr);
            }
            return parse(out);
        } catch (IOException e) {
            throw new IllegalStateException("reading kubectl output", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parse(String multiDocumentYaml) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(multiDocumentYaml)) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    objects.add(node);
                }
            }
        }
        return objects;
    }

    static List<JsonNode> fixture(String name) throws IOException {
        return parse(Files.readString(MODULE.resolve("src/test/resources/fixtures").resolve(name)));
    }
}
