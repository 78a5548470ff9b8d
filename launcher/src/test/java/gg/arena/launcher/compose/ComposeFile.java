package gg.arena.launcher.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.format.PatternFormat;
import gg.arena.launcher.ServiceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks a Compose file twice: against the Compose Specification's JSON schema (what
 * {@code docker compose config} would reject), then against Arena's own rules (every deployable
 * built from its module's Dockerfile, health-checked, on its port; PostgreSQL and Redis there).
 */
final class ComposeFile {

    /** Deployables and the module folder whose Dockerfile builds each. */
    static final Map<String, String> DEPLOYABLES = deployables();

    /** Go's duration syntax, which Compose uses for intervals and timeouts ({@code 5s}, {@code 1m30s}). */
    private static final String GO_DURATION = "^(\\d+(\\.\\d+)?(ns|us|µs|ms|s|m|h))+$";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private ComposeFile() {}

    private static Map<String, String> deployables() {
        Map<String, String> modules = new LinkedHashMap<>();
        for (String subgraph : ServiceCatalog.SUBGRAPHS) {
            modules.put(subgraph, "subgraphs/" + subgraph);
        }
        modules.put(ServiceCatalog.ROUTER, "router");
        return modules;
    }

    /** Reads YAML as Compose does (anchors and aliases resolved) into a JSON tree. */
    static JsonNode read(Reader yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return JSON.valueToTree(document);
    }

    static JsonNode read(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String yaml) {
        return read(new StringReader(yaml));
    }

    /** Schema violations, one line each ({@code /services/players/ports: ...}); empty when valid. */
    static Set<String> schemaErrors(JsonNode document) {
        return SCHEMA.validate(document).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonSchema schema() {
        JsonNode schema;
        try (InputStream in = ComposeFile.class.getResourceAsStream("/compose/compose-spec.json")) {
            schema = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The file names draft 2019-09 by its old http IRI; validate with that draft, plus Go durations.
        ((ObjectNode) schema).remove("$schema");
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV201909())
                .format(PatternFormat.of("duration", GO_DURATION, null))
                // The file also carries draft-04 style "id" annotations; they only label definitions.
                .keyword(new AnnotationKeyword("id"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
                builder -> builder.metaSchema(metaSchema));
        return factory.getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    /** Breaches of Arena's own rules, one sentence each; empty when none. */
    static List<String> problems(JsonNode document, Path root) {
        List<String> problems = new ArrayList<>();
        JsonNode services = document.path("services");
        if (!services.isObject()) {
            return List.of("no services");
        }
        DEPLOYABLES.forEach((name, module) -> {
            JsonNode service = services.path(name);
            if (service.isMissingNode()) {
                problems.add(name + " has no service");
                return;
            }
            checkBuild(name, module, service, root, problems);
            int port = ServiceCatalog.DEFAULT_PORTS.get(name);
            if (!publishes(service, port)) {
                problems.add(name + " does not publish port " + port + " as " + port);
            }
            if (!service.path("healthcheck").path("test").toString().contains("localhost:" + port + "/graphql")) {
                problems.add(name + " health check does not probe localhost:" + port + "/graphql");
            }
        });
        for (String subgraph : ServiceCatalog.SUBGRAPHS) {
            JsonNode service = services.path(subgraph);
            Map<String, String> env = environment(service);
            if (!"postgres,redis".equals(env.get("SPRING_PROFILES_ACTIVE"))) {
                problems.add(subgraph + " does not run with SPRING_PROFILES_ACTIVE=postgres,redis");
            }
            if (!"postgres".equals(env.get("ARENA_DB_HOST"))) {
                problems.add(subgraph + " does not use ARENA_DB_HOST=postgres");
            }
            requireHealthyDependency(services, subgraph, "postgres", problems);
            requireHealthyDependency(services, subgraph, "redis", problems);
            List<String> command = new ArrayList<>();
            services.path(ServiceCatalog.ROUTER).path("command").forEach(arg -> command.add(arg.asText()));
            String expected = subgraph + "=http://" + subgraph + ":" + ServiceCatalog.DEFAULT_PORTS.get(subgraph) + "/graphql";
            int at = command.indexOf(expected);
            if (at < 1 || !command.get(at - 1).equals("--subgraph-url")) {
                problems.add("router does not point at " + subgraph + " by service name (--subgraph-url " + expected + ")");
            }
            requireHealthyDependency(services, ServiceCatalog.ROUTER, subgraph, problems);
        }
        checkImage(services, "postgres", "postgres:15", problems);
        checkImage(services, "redis", "redis:7", problems);
        if (!"test".equals(environment(services.path("postgres")).get("POSTGRES_DB"))) {
            problems.add("postgres does not create database test");
        }
        services.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode healthcheck = entry.getValue().path("healthcheck");
            if (!healthcheck.path("test").isArray() && !healthcheck.path("test").isTextual()
                    || healthcheck.path("disable").asBoolean(false)) {
                problems.add(name + " has no health check");
            }
            JsonNode dependsOn = entry.getValue().path("depends_on");
            if (dependsOn.isArray()) {
                problems.add(name + " lists depends_on without conditions; use condition: service_healthy");
            }
            dependsOn.properties().forEach(dependency -> {
                if (!services.has(dependency.getKey())) {
                    problems.add(name + " depends on undefined service " + dependency.getKey());
                }
                if (!"service_healthy".equals(dependency.getValue().path("condition").asText())) {
                    problems.add(name + " does not wait for " + dependency.getKey() + " to be healthy");
                }
            });
        });
        return problems;
    }

    private static void checkBuild(String name, String module, JsonNode service, Path root, List<String> problems) {
        JsonNode build = service.path("build");
        String dockerfile = module + "/Dockerfile";
        if (!".".equals(build.path("context").asText()) || !dockerfile.equals(build.path("dockerfile").asText())) {
            problems.add(name + " is not built from the repository root with " + dockerfile);
            return;
        }
        Path file = root.resolve(dockerfile);
        if (!Files.isRegularFile(file)) {
            problems.add(dockerfile + " does not exist");
            return;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!text.contains("FROM eclipse-temurin:25-jdk AS build") || !text.contains("./mvnw")) {
            problems.add(dockerfile + " does not build with the Maven wrapper on eclipse-temurin:25-jdk");
        }
        if (!text.contains("\nFROM eclipse-temurin:25-jre\n")) {
            problems.add(dockerfile + " does not run on eclipse-temurin:25-jre");
        }
        List<String> users = text.lines().filter(line -> line.startsWith("USER ")).map(line -> line.substring(5).strip()).toList();
        if (users.isEmpty() || users.getLast().equals("root") || users.getLast().equals("0")) {
            problems.add(dockerfile + " runs as root");
        }
    }

    private static boolean publishes(JsonNode service, int port) {
        for (JsonNode mapping : service.path("ports")) {
            if (mapping.isTextual() && mapping.asText().equals(port + ":" + port)) {
                return true;
            }
            if (mapping.isObject() && mapping.path("target").asInt() == port
                    && mapping.path("published").asText().equals(Integer.toString(port))) {
                return true;
            }
        }
        return false;
    }

    private static void requireHealthyDependency(JsonNode services, String service, String dependency, List<String> problems) {
        if (!"service_healthy".equals(services.path(service).path("depends_on").path(dependency).path("condition").asText())) {
            problems.add(service + " does not depend on " + dependency + " being healthy");
        }
    }

    private static void checkImage(JsonNode services, String name, String image, List<String> problems) {
        if (!services.has(name)) {
            problems.add(name + " has no service");
        } else if (!image.equals(services.path(name).path("image").asText())) {
            problems.add(name + " does not use image " + image);
        }
    }

    /** A service's environment in either Compose form (map, or list of KEY=VALUE). */
    static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode environment = service.path("environment");
        if (environment.isObject()) {
            environment.properties().forEach(entry -> env.put(entry.getKey(), entry.getValue().asText()));
        } else {
            for (JsonNode item : environment) {
                String text = item.asText();
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return env;
    }
}
