package gg.arena.schema;

import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.StringValue;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.MockedWiringFactory;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.TypeDefinitionRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed Federation 2 supergraph SDL ({@code link} + {@code join} specs, as Apollo, Hive or Cosmo
 * composition write it): its subgraphs and a schema built from it without any execution behind it.
 */
public final class Supergraph {

    /** One subgraph named by the supergraph: a value of {@code join__Graph} and its {@code @join__graph}. */
    public record JoinGraph(String enumValue, String name, String url) {
    }

    private final String sdl;
    private final Document document;
    private final LinkedFeatures features;

    private Supergraph(String sdl, Document document) {
        this.sdl = sdl;
        this.document = document;
        this.features = LinkedFeatures.of(document);
    }

    /** Parses a supergraph SDL (without the token limits graphql-java puts on operations). */
    public static Supergraph parse(String sdl) {
        return new Supergraph(sdl, parseSdl(sdl));
    }

    public static Supergraph read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read supergraph " + file, e);
        }
    }

    /** Parses any SDL document with graphql-java's SDL parser options (no token or size limit). */
    public static Document parseSdl(String sdl) {
        ParserOptions options = ParserOptions.getDefaultSdlParserOptions();
        return Parser.parse(ParserEnvironment.newParserEnvironment().document(sdl).parserOptions(options).build());
    }

    public String sdl() {
        return sdl;
    }

    public Document document() {
        return document;
    }

    public LinkedFeatures features() {
        return features;
    }

    /**
     * The subgraphs, in the order of the {@code join__Graph} enum, with the name and routing URL of
     * their {@code @join__graph} directive.
     *
     * @throws IllegalStateException when the SDL has no {@code join__Graph} enum or a value lacks its directive
     */
    public List<JoinGraph> graphs() {
        LinkedFeatures.Feature join = features.find(LinkedFeatures.JOIN)
                .orElseThrow(() -> new IllegalStateException("not a supergraph: the join spec is not linked"));
        String enumName = join.typeName("Graph");
        String directiveName = join.directiveName("graph");
        EnumTypeDefinition graphEnum = document.getDefinitionsOfType(EnumTypeDefinition.class).stream()
                .filter(e -> e.getName().equals(enumName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("not a supergraph: no enum " + enumName));
        List<JoinGraph> graphs = new ArrayList<>();
        for (EnumValueDefinition value : graphEnum.getEnumValueDefinitions()) {
            Directive directive = value.getDirectives(directiveName).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            enumName + "." + value.getName() + " has no @" + directiveName));
            graphs.add(new JoinGraph(value.getName(), string(directive, "name"), string(directive, "url")));
        }
        return List.copyOf(graphs);
    }

    /**
     * The whole supergraph (federation machinery included) as a {@link GraphQLSchema} with no data
     * fetchers: proof that the SDL is a well-formed, self-consistent schema. Scalars other than the
     * built-in ones ({@code join__FieldSet}, {@code link__Import}, {@code DateTime}…) pass values through.
     */
    public GraphQLSchema toGraphQLSchema() {
        return buildWithoutExecution(document);
    }

    /** Builds a schema with no execution behind it from an SDL document; custom scalars pass values through. */
    static GraphQLSchema buildWithoutExecution(Document document) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        registry.merge(new graphql.schema.idl.SchemaParser().buildRegistry(document));
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring().wiringFactory(new MockedWiringFactory()).build();
        return new SchemaGenerator().makeExecutableSchema(registry, wiring);
    }

    private static String string(Directive directive, String argument) {
        if (directive.getArgument(argument) != null && directive.getArgument(argument).getValue() instanceof StringValue s) {
            return s.getValue();
        }
        throw new IllegalStateException("@" + directive.getName() + " has no string argument " + argument);
    }
}
