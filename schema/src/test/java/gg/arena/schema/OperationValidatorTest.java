package gg.arena.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OperationValidatorTest {

    private final OperationValidator validator = new OperationValidator(
            ApiSchema.fromSupergraph(resource("/inaccessible-supergraph.graphql")).schema());

    @Test
    void acceptsAValidOperationWithFragments() {
        assertThat(validator.validate("Hero.graphql", """
                query Hero($id: ID!) { hero(id: $id) { ...HeroFields } }
                fragment HeroFields on Hero { id name ...Roles }
                fragment Roles on Hero { role }
                """)).isEmpty();
    }

    @Test
    void namesFileOperationAndErrorForAnUnknownField() {
        List<OperationValidator.Problem> problems = validator.validate("Bad.graphql", """
                query Fine { heroes { id } }
                query Broken { hero(id: "1") { id nickname } }
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo("Bad.graphql");
            assertThat(p.operation()).isEqualTo("Broken");
            assertThat(p.message()).contains("nickname").contains("2:");
            assertThat(p.toString()).startsWith("Bad.graphql: operation Broken: ");
        });
    }

    @Test
    void rejectsElementsHiddenByInaccessible() {
        assertThat(validator.validate("Hidden.graphql", """
                query Hidden { hero(id: "1") { costToServe } secretStats { count } }
                """)).hasSize(2).allSatisfy(p -> assertThat(p.operation()).isEqualTo("Hidden"));
        assertThat(validator.validate("HiddenEnum.graphql", """
                query HiddenEnum { heroes(filter: { role: GAME_MASTER }) { id } }
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("GAME_MASTER"));
    }

    @Test
    void rejectsAnonymousOperationsUnusedFragmentsAndSchemaDefinitions() {
        assertThat(validator.validate("Anon.graphql", "{ heroes { id } }"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("must be named"));
        assertThat(validator.validate("Unused.graphql", """
                query Heroes { heroes { id } }
                fragment Spare on Hero { name }
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("Spare is never used"));
        assertThat(validator.validate("Types.graphql", "type Foo { a: Int }"))
                .extracting(OperationValidator.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("not an operation"))
                .anySatisfy(m -> assertThat(m).contains("no operation"));
    }

    @Test
    void reportsSyntaxErrors() {
        assertThat(validator.validate("Syntax.graphql", "query Oops { heroes { id }"))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("syntax error"));
    }

    private static String resource(String name) {
        try (InputStream in = OperationValidatorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
