package gg.arena.subgraph.testing;

import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares the SDL a running subgraph serves at {@code _service { sdl }} with the schema file it
 * was built from, so the file under {@code schema/} that composition reads can never drift from
 * what the router talks to. The comparison is structural: every type with its fields, arguments,
 * types, enum values, union members, interfaces and directives, in any order, ignoring
 * descriptions, explicit default arguments ({@code resolvable: true}) and what the federation
 * library and the framework add on their own (the {@code _service}/{@code _entities} machinery,
 * spec directive definitions, the framework's error enums).
 */
public final class ServedSdl {

    /** Types the federation library and the framework add to every subgraph. */
    private static final Set<String> ADDED_TYPES = Set.of(
            "_Any", "_Entity", "_Service", "FieldSet", "link__Import", "link__Purpose", "federation__FieldSet",
            "federation__Policy", "federation__Scope", "federation__ContextFieldValue", "ErrorType", "ErrorDetail");
    /** Root fields the federation library adds. */
    private static final Set<String> ADDED_FIELDS = Set.of("Query._service", "Query._entities");

    private ServedSdl() {}

    /** The differences between the served SDL and the classpath resource; empty when they agree. */
    public static List<String> differences(String servedSdl, String resource) {
        Map<String, Set<String>> file = shape(parse(read(resource)));
        Map<String, Set<String>> served = shape(parse(servedSdl));
        List<String> problems = new ArrayList<>();
        for (var entry : file.entrySet()) {
            Set<String> got = served.get(entry.getKey());
            if (got == null) {
                problems.add("type " + entry.getKey() + " is in " + resource + " but not served");
                continue;
            }
            for (String member : entry.getValue()) {
                if (!got.contains(member)) {
                    problems.add(entry.getKey() + ": '" + member + "' is in " + resource + " but not served");
                }
            }
            for (String member : got) {
                if (!entry.getValue().contains(member) && !ADDED_FIELDS.contains(entry.getKey() + "." + name(member))) {
                    problems.add(entry.getKey() + ": '" + member + "' is served but not in " + resource);
                }
            }
        }
        for (String type : served.keySet()) {
            if (!file.containsKey(type) && !ADDED_TYPES.contains(type)) {
                problems.add("type " + type + " is served but not in " + resource);
            }
        }
        return problems;
    }

    private static String name(String member) {
        int end = 0;
        while (end < member.length() && (Character.isLetterOrDigit(member.charAt(end)) || member.charAt(end) == '_')) {
            end++;
        }
        return member.substring(0, end);
    }

    private static TypeDefinitionRegistry parse(String sdl) {
        return new SchemaParser().parse(sdl);
    }

    private static String read(String resource) {
        try (InputStream in = ServedSdl.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Type name -> its members as normalised strings (plus "kind …" and type-level directives). */
    private static Map<String, Set<String>> shape(TypeDefinitionRegistry registry) {
        Map<String, Set<String>> shapes = new TreeMap<>();
        List<TypeDefinition> all = new ArrayList<>(registry.types().values());
        registry.objectTypeExtensions().values().forEach(all::addAll);
        registry.interfaceTypeExtensions().values().forEach(all::addAll);
        for (TypeDefinition<?> type : all) {
            Set<String> members = shapes.computeIfAbsent(type.getName(), k -> new TreeSet<>());
            members.add("kind " + type.getClass().getSimpleName().replace("Extension", "").replace("Definition", ""));
            type.getDirectives().forEach(d -> members.add("@" + directive(d)));
            if (type instanceof ImplementingTypeDefinition<?> implementing) {
                implementing.getImplements().forEach(i -> members.add("implements " + AstPrinter.printAst(i)));
                for (FieldDefinition field : implementing.getFieldDefinitions()) {
                    members.add(field(field));
                }
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(v -> members.add(v.getName()
                        + v.getDirectives().stream().map(d -> " @" + directive(d)).sorted().collect(Collectors.joining())));
            } else if (type instanceof UnionTypeDefinition union) {
                union.getMemberTypes().forEach(m -> members.add("member " + AstPrinter.printAst(m)));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(v -> members.add(inputValue(v)));
            }
        }
        return shapes;
    }

    private static String field(FieldDefinition field) {
        String args = field.getInputValueDefinitions().stream().map(ServedSdl::inputValue).sorted()
                .collect(Collectors.joining(", "));
        return field.getName() + (args.isEmpty() ? "" : "(" + args + ")") + ": " + AstPrinter.printAst(field.getType())
                + field.getDirectives().stream().map(d -> " @" + directive(d)).sorted().collect(Collectors.joining());
    }

    private static String inputValue(InputValueDefinition value) {
        return value.getName() + ": " + AstPrinter.printAst(value.getType())
                + (value.getDefaultValue() == null ? "" : " = " + AstPrinter.printAstCompact(value.getDefaultValue()))
                + value.getDirectives().stream().map(d -> " @" + directive(d)).sorted().collect(Collectors.joining());
    }

    private static String directive(Directive directive) {
        String args = directive.getArguments().stream()
                .filter(a -> !("key".equals(directive.getName()) && "resolvable".equals(a.getName())
                        && "true".equals(AstPrinter.printAstCompact(a.getValue()))))
                .map(a -> a.getName() + ": " + AstPrinter.printAstCompact(a.getValue()))
                .sorted()
                .collect(Collectors.joining(", "));
        return directive.getName() + (args.isEmpty() ? "" : "(" + args + ")");
    }
}
