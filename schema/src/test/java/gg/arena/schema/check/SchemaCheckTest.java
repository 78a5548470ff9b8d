package gg.arena.schema.check;

import gg.arena.schema.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code compose} and {@code check} through the command line entry point, on a small repository of
 * their own: two subgraphs, a committed supergraph and a client operation.
 */
class SchemaCheckTest {

    private static final String LINK = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.5\", import: [\"@key\"])\n";
    private static final String THINGS = LINK
            + "type Query { thing(id: ID!): Thing }\ntype Thing @key(fields: \"id\") { id: ID! name: String size: Int }\n";
    private static final String PRICES = LINK + "type Thing @key(fields: \"id\") { id: ID! price: Int }\n";

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(root.resolve("schema"));
        Files.createDirectories(root.resolve("clients/operations"));
        Files.createDirectories(root.resolve("clients/src/test/resources"));
        Files.writeString(root.resolve("schema/subgraphs.yaml"), """
                subgraphs:
                  things:
                    routing_url: http://127.0.0.1:5001/graphql
                    schema:
                      file: things.graphqls
                  prices:
                    routing_url: http://127.0.0.1:5002/graphql
                    schema:
                      file: prices.graphqls
                """);
        Files.writeString(root.resolve("schema/things.graphqls"), THINGS);
        Files.writeString(root.resolve("schema/prices.graphqls"), PRICES);
        Files.writeString(root.resolve("clients/operations/ThingName.graphql"),
                "query ThingName($id: ID!) { thing(id: $id) { name price } }\n");
        // Test fixtures under src/test are invalid on purpose and not checked.
        Files.writeString(root.resolve("clients/src/test/resources/Broken.graphql"), "query Broken { nothing }\n");
        assertThat(run("compose", "--config", root.resolve("schema/subgraphs.yaml").toString(),
                "--out", root.resolve("schema/supergraph.graphql").toString())).isZero();
    }

    @Test
    void composeWritesTheSupergraphToTheGivenFile() throws IOException {
        String written = Files.readString(root.resolve("schema/supergraph.graphql"));
        assertThat(written).contains("https://specs.apollo.dev/join/v0.5",
                "THINGS @join__graph(name: \"things\", url: \"http://127.0.0.1:5001/graphql\")",
                "price: Int @join__field(graph: PRICES)");
        assertThat(out.toString()).contains("wrote");
    }

    @Test
    void composeWritesBesideTheSubgraphListAndSaysWhatItDid() throws IOException {
        Path supergraph = root.resolve("schema/supergraph.graphql");
        String composed = Files.readString(supergraph);
        Files.writeString(supergraph, "stale\n");
        out.reset();

        assertThat(run("compose", "--root", root.toString())).isZero();
        assertThat(Files.readString(supergraph)).isEqualTo(composed);
        assertThat(out.toString()).contains("composed 2 subgraph(s) (things, prices): 2 types; wrote ",
                "schema/supergraph.graphql (");
        out.reset();
        assertThat(run("compose", "--root", root.toString())).isZero();
        assertThat(out.toString()).contains("; unchanged ");
    }

    @Test
    void composeToStdoutWithOutDashAndEveryErrorOnFailure() throws IOException {
        out.reset();
        assertThat(run("compose", "--config", root.resolve("schema/subgraphs.yaml").toString(), "--out", "-")).isZero();
        assertThat(out.toString()).isEqualTo(Files.readString(root.resolve("schema/supergraph.graphql")));
        assertThat(err.toString()).contains("composed 2 subgraph(s)");
        Files.writeString(root.resolve("schema/prices.graphqls"),
                PRICES.replace("price: Int", "price: Int name: String size: Int"));
        String before = Files.readString(root.resolve("schema/supergraph.graphql"));
        assertThat(run("compose", "--root", root.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("failed with 2 error(s)", "INVALID_FIELD_SHARING", "Thing.name", "Thing.size");
        assertThat(Files.readString(root.resolve("schema/supergraph.graphql"))).isEqualTo(before);
    }

    @Test
    void anOutOfDateCommittedSupergraphFailsNamingTheCommand() throws IOException {
        Path supergraph = root.resolve("schema/supergraph.graphql");
        Files.writeString(supergraph, Files.readString(supergraph).replace("\n", "\r\n"));
        assertThat(run("check", "--root", root.toString())).as("CRLF line endings are not a difference").isZero();

        Files.writeString(supergraph, Files.readString(supergraph) + "\nscalar Extra\n");
        out.reset();
        assertThat(run("check", "--root", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BREAKING changes: 1", "TYPE_REMOVED Extra",
                "schema/supergraph.graphql is out of date", "`java -jar schema/target/schema.jar compose`", "FAILED");

        Files.delete(supergraph);
        out.reset();
        assertThat(run("check", "--root", root.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).contains("\"passed\" : false", "\"supergraphOutOfDate\" : true");
    }

    @Test
    void unchangedSubgraphsPass() {
        assertThat(run("check", "--root", root.toString())).isZero();
        assertThat(out.toString()).contains("BREAKING changes: 0", "Client operations checked: 1", "PASSED");
    }

    @Test
    void removingAFieldAnOperationUsesFailsNamingBoth() throws IOException {
        Files.writeString(root.resolve("schema/things.graphqls"), THINGS.replace(" name: String", ""));

        assertThat(run("check", "--root", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BREAKING changes: 1", "FIELD_REMOVED Thing.name",
                "operation ThingName (" + root.resolve("clients/operations/ThingName.graphql") + ") uses Thing.name",
                "FAILED");
    }

    @Test
    void aBreakingChangeNoOperationUsesPassesOnceTheSupergraphIsRegenerated() throws IOException {
        Path base = Files.copy(root.resolve("schema/supergraph.graphql"), root.resolve("base.graphql"));
        Files.writeString(root.resolve("schema/things.graphqls"), THINGS.replace(" size: Int", ""));

        assertThat(run("check", "--root", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("BREAKING changes: 1", "FIELD_REMOVED Thing.size", "out of date",
                "FAILED: regenerate schema/supergraph.graphql");

        assertThat(run("compose", "--root", root.toString())).isZero();
        out.reset();
        assertThat(run("check", "--root", root.toString())).isZero();
        assertThat(out.toString()).contains("BREAKING changes: 0", "PASSED");
        out.reset();
        assertThat(run("check", "--root", root.toString(), "--base", base.toString())).isZero();
        assertThat(out.toString()).contains("BREAKING changes: 1", "FIELD_REMOVED Thing.size", "PASSED");
        assertThat(run("check", "--root", root.toString(), "--base", root.resolve("missing.graphql").toString())).isEqualTo(2);
    }

    @Test
    void nullableArgumentMadeRequiredBreaksTheOperationPassingIt() throws IOException {
        Files.writeString(root.resolve("schema/things.graphqls"), THINGS.replace("thing(id: ID!)", "thing(id: ID!, at: Int!)"));

        assertThat(run("check", "--root", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("REQUIRED_ARGUMENT_ADDED Query.thing(at:)", "operation ThingName");
    }

    @Test
    void jsonOutput() throws IOException {
        Files.writeString(root.resolve("schema/things.graphqls"), THINGS.replace(" name: String", ""));

        assertThat(run("check", "--root", root.toString(), "--json")).isEqualTo(1);
        assertThat(out.toString()).contains("\"passed\" : false", "\"kind\" : \"FIELD_REMOVED\"",
                "\"coordinate\" : \"Thing.name\"", "\"operation\" : \"ThingName\"", "\"severity\" : \"BREAKING\"");
    }

    @Test
    void compositionErrorsFailTheCheck() throws IOException {
        Files.writeString(root.resolve("schema/prices.graphqls"), PRICES.replace("price: Int", "price: Int name: String"));

        assertThat(run("check", "--root", root.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("Composition failed", "INVALID_FIELD_SHARING", "\"prices\"", "\"things\"");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("check", "--bogus")).isEqualTo(2);
        assertThat(run("publish")).isEqualTo(2);
        assertThat(err.toString()).contains("usage:", "unknown argument: --bogus", "unknown command: publish");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
