package gg.arena.router.testing;

import com.apollographql.federation.graphqljava.Federation;
import com.sun.net.httpserver.HttpServer;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.schema.Coercing;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;

/**
 * An in-process Federation subgraph for tests: serves a fixture SDL (federation-jvm over graphql-java) from static
 * data over HTTP on a random loopback port.
 *
 * <p>Data ({@code <name>.json}): {@code Query}/{@code Mutation} hold root field values; {@code entities} holds
 * records per entity type, matched against representations by the fields both have. Conventions in values:
 * {@code {"$arg": "id", "values": {"1": ...}}} picks by argument, {@code "$error:message"} fails the field with that
 * message, {@code "=rep.field"} copies a field of the representation (for {@code @requires}).
 */
public final class FixtureSubgraph implements AutoCloseable {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String name;
    private final HttpServer server;
    private final GraphQL graphql;
    private final Map<String, Object> root;
    private final List<Map<String, Object>> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    @SuppressWarnings("unchecked")
    public FixtureSubgraph(String name, String sdl, Map<String, Object> data) throws IOException {
        this.name = name;
        Map<String, Object> entities = (Map<String, Object>) data.getOrDefault("entities", Map.of());
        TypeResolver byTypename = env -> {
            Object o = env.getObject();
            String tn = o instanceof Map<?, ?> m ? (String) m.get("__typename") : null;
            return tn == null ? null : env.getSchema().getObjectType(tn);
        };
        WiringFactory wiring = new WiringFactory() {
            @Override
            public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
                return true;
            }

            @Override
            public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
                return byTypename;
            }

            @Override
            public boolean providesTypeResolver(UnionWiringEnvironment environment) {
                return true;
            }

            @Override
            public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
                return byTypename;
            }

            @Override
            public boolean providesScalar(ScalarWiringEnvironment environment) {
                return !ScalarInfo.isGraphqlSpecifiedScalar(
                        environment.getScalarTypeDefinition().getName());
            }

            @Override
            public GraphQLScalarType getScalar(ScalarWiringEnvironment env) {
                return GraphQLScalarType.newScalar()
                        .name(env.getScalarTypeDefinition().getName())
                        .coercing(new Coercing<Object, Object>() {
                            @Override
                            public Object serialize(Object o, GraphQLContext c, java.util.Locale l) {
                                return o;
                            }

                            @Override
                            public Object parseValue(Object o, GraphQLContext c, java.util.Locale l) {
                                return o;
                            }

                            @Override
                            public Object parseLiteral(graphql.language.Value<?> v,
                                                       graphql.execution.CoercedVariables vars, GraphQLContext c,
                                                       java.util.Locale l) {
                                return v instanceof graphql.language.StringValue sv ? sv.getValue() : v;
                            }
                        }).build();
            }

            @Override
            public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                return FixtureSubgraph::fetch;
            }
        };
        GraphQLSchema schema = Federation.transform(sdl, RuntimeWiring.newRuntimeWiring().wiringFactory(wiring)
                        .build())
                .fetchEntities(env -> {
                    List<Map<String, Object>> reps = env.getArgument("representations");
                    List<Object> out = new ArrayList<>();
                    for (Map<String, Object> rep : reps) {
                        out.add(resolve(rep, (List<Map<String, Object>>) entities.getOrDefault(rep.get("__typename"),
                                List.of())));
                    }
                    return out;
                })
                .resolveEntityType(env -> {
                    Map<String, Object> m = env.getObject();
                    return env.getSchema().getObjectType((String) m.get("__typename"));
                })
                .build();
        this.graphql = GraphQL.newGraphQL(schema).build();
        this.root = data;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/graphql", exchange -> {
            try (exchange) {
                Map<String, Object> body = MAPPER.readValue(exchange.getRequestBody().readAllBytes(), Map.class);
                requests.add(body);
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(auth == null ? "" : auth);
                Map<String, Object> vars = (Map<String, Object>) body.getOrDefault("variables", Map.of());
                String query = (String) body.get("query");
                Object rootValue = query.trim().startsWith("mutation") ? data.getOrDefault("Mutation", Map.of())
                        : data.getOrDefault("Query", Map.of());
                ExecutionResult r = graphql.execute(ExecutionInput.newExecutionInput(query)
                        .variables(vars == null ? Map.of() : vars).root(rootValue).build());
                byte[] bytes = MAPPER.writeValueAsBytes(r.toSpecification());
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(bytes);
                }
            }
        });
        server.start();
    }

    /** Loads {@code fixtures/<fixture>/subgraphs/<name>.graphql} and its {@code .json} data (empty if absent). */
    @SuppressWarnings("unchecked")
    public static FixtureSubgraph load(java.nio.file.Path subgraphs, String name) throws IOException {
        String sdl = baseTypesForExtensions(java.nio.file.Files.readString(subgraphs.resolve(name + ".graphql")));
        java.nio.file.Path json = subgraphs.resolve(name + ".json");
        Map<String, Object> data = java.nio.file.Files.exists(json)
                ? MAPPER.readValue(java.nio.file.Files.readAllBytes(json), Map.class) : Map.of();
        return new FixtureSubgraph(name, sdl, data);
    }

    /**
     * Federation 1 subgraphs may {@code extend type X} without defining X; graphql-java needs the base type, so
     * such extensions are served as plain definitions (the composer still sees the original SDL).
     */
    static String baseTypesForExtensions(String sdl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^extend type (\\w+)").matcher(sdl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean hasBase = java.util.regex.Pattern.compile("(?m)^type " + m.group(1) + "\\b").matcher(sdl).find();
            m.appendReplacement(out, hasBase ? m.group() : "type " + m.group(1));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    /** Every request body received, in arrival order. */
    public List<Map<String, Object>> requests() {
        return List.copyOf(requests);
    }

    /** The {@code Authorization} header of every request received ("" when absent), in arrival order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public void reset() {
        requests.clear();
        authorizations.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @SuppressWarnings("unchecked")
    private static Object fetch(DataFetchingEnvironment env) {
        Object source = env.getSource();
        if (!(source instanceof Map<?, ?> m)) {
            return null;
        }
        return value(m.get(env.getField().getName()), env);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v, DataFetchingEnvironment env) {
        if (v instanceof String s && s.startsWith("$error:")) {
            throw new RuntimeException(s.substring("$error:".length()));
        }
        if (v instanceof Map<?, ?> m && m.containsKey("$arg")) {
            Object arg = env.getArgument((String) m.get("$arg"));
            Map<String, Object> values = (Map<String, Object>) m.get("values");
            return value(values.get(String.valueOf(arg)), env);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Object resolve(Map<String, Object> rep, List<Map<String, Object>> records) {
        for (Map<String, Object> rec : records) {
            boolean any = false;
            boolean match = true;
            for (Map.Entry<String, Object> e : rep.entrySet()) {
                if (e.getKey().equals("__typename") || !rec.containsKey(e.getKey())) {
                    continue;
                }
                Object rv = rec.get(e.getKey());
                if (rv instanceof String s && s.startsWith("=rep.")) {
                    continue;
                }
                any = true;
                if (!Objects.equals(String.valueOf(rv), String.valueOf(e.getValue()))) {
                    match = false;
                    break;
                }
            }
            if (any && match) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : rec.entrySet()) {
                    Object v = e.getValue();
                    if (v instanceof String s && s.startsWith("=rep.")) {
                        v = rep.get(s.substring("=rep.".length()));
                    }
                    out.put(e.getKey(), v);
                }
                out.putIfAbsent("__typename", rep.get("__typename"));
                return out;
            }
        }
        return null;
    }

}
