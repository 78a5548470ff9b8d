package gg.arena.launcher.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * docker-compose.yml, validated without a Docker engine: against the Compose Specification's
 * JSON schema and against our own rules. The broken variants prove both checks can fail.
 */
class ComposeFileTest {

    private static final Path ROOT = repoRoot();
    private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

    @Test
    void theComposeFileFollowsTheComposeSpecification() {
        assertThat(ComposeFile.schemaErrors(ComposeFile.read(COMPOSE))).isEmpty();
    }

    @Test
    void theComposeFileFollowsOurRules() {
        assertThat(ComposeFile.problems(ComposeFile.read(COMPOSE), ROOT)).isEmpty();
    }

    @Test
    void theSchemaRejectsMisspelledKeysWrongTypesAndBadDurations() {
        JsonNode misspelled = ComposeFile.read(COMPOSE);
        services(misspelled).with("players").set("healthchek", services(misspelled).path("players").path("healthcheck"));
        assertThat(ComposeFile.schemaErrors(misspelled)).anyMatch(error -> error.contains("healthchek"));

        JsonNode wrongType = ComposeFile.read(COMPOSE);
        services(wrongType).with("store").put("ports", 4003);
        assertThat(ComposeFile.schemaErrors(wrongType)).anyMatch(error -> error.contains("/services/store/ports"));

        JsonNode badDuration = ComposeFile.read(COMPOSE);
        services(badDuration).with("social").with("healthcheck").put("interval", "every five seconds");
        assertThat(ComposeFile.schemaErrors(badDuration)).anyMatch(error -> error.contains("/services/social/healthcheck/interval"));

        JsonNode badCondition = ComposeFile.read(COMPOSE);
        services(badCondition).with("router").with("depends_on").with("players").put("condition", "when_ready");
        assertThat(ComposeFile.schemaErrors(badCondition)).anyMatch(error -> error.contains("/services/router/depends_on"));

        JsonNode topLevelTypo = ComposeFile.read(COMPOSE);
        ((ObjectNode) topLevelTypo).set("service", new TextNode("players"));
        assertThat(ComposeFile.schemaErrors(topLevelTypo)).anyMatch(error -> error.contains("service"));
    }

    @Test
    void brokenYamlDoesNotParse() throws Exception {
        String text = Files.readString(COMPOSE).replace("  players:\n    build:", "  players:\n   build:\n      - [");
        assertThatThrownBy(() -> ComposeFile.read(text)).isInstanceOf(YAMLException.class);
    }

    @Test
    void ourRulesCatchMissingHealthChecksPortsServicesAndDependencies() {
        JsonNode broken = ComposeFile.read(COMPOSE);
        services(broken).with("store").remove("healthcheck");
        services(broken).with("players").putArray("ports").add("4101:4001");
        services(broken).remove("redis");
        services(broken).with("router").with("depends_on").with("social").put("condition", "service_started");
        services(broken).with("matches").with("environment").put("SPRING_PROFILES_ACTIVE", "default");
        services(broken).with("router").with("build").put("dockerfile", "router/Containerfile");
        services(broken).with("router").putArray("command").add("--supergraph").add("/app/supergraph.graphql");

        assertThat(ComposeFile.problems(broken, ROOT)).contains(
                "store has no health check",
                "store health check does not probe localhost:4003/graphql",
                "players does not publish port 4001 as 4001",
                "redis has no service",
                "players depends on undefined service redis",
                "router does not wait for social to be healthy",
                "matches does not run with SPRING_PROFILES_ACTIVE=postgres,redis",
                "router is not built from the repository root with router/Dockerfile",
                "router does not point at store by service name (--subgraph-url store=http://store:4003/graphql)");
    }

    @Test
    void ourRulesReadTheDockerfiles(@org.junit.jupiter.api.io.TempDir Path copy) throws Exception {
        for (String module : ComposeFile.DEPLOYABLES.values()) {
            Path dockerfile = copy.resolve(module).resolve("Dockerfile");
            Files.createDirectories(dockerfile.getParent());
            Files.copy(ROOT.resolve(module).resolve("Dockerfile"), dockerfile);
        }
        Path store = copy.resolve("subgraphs/store/Dockerfile");
        Files.writeString(store, Files.readString(store).replace("USER 10001", "USER root"));
        Path social = copy.resolve("subgraphs/social/Dockerfile");
        Files.writeString(social, Files.readString(social).replace("eclipse-temurin:25-jre", "eclipse-temurin:25-jdk"));
        Files.delete(copy.resolve("subgraphs/matches/Dockerfile"));

        assertThat(ComposeFile.problems(ComposeFile.read(COMPOSE), copy)).containsExactlyInAnyOrder(
                "subgraphs/store/Dockerfile runs as root",
                "subgraphs/social/Dockerfile does not run on eclipse-temurin:25-jre",
                "subgraphs/matches/Dockerfile does not exist");
    }

    private static ObjectNode services(JsonNode document) {
        return (ObjectNode) document.path("services");
    }

    private static Path repoRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isDirectory(dir.resolve("subgraphs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
