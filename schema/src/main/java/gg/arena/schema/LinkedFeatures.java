package gg.arena.schema;

import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The features a schema pulls in with {@code @link} on its schema definition or extensions, and the
 * names their elements carry in this schema.
 *
 * <p>A feature {@code https://specs.apollo.dev/join/v0.3} is named {@code join}; unless it is linked
 * with {@code as:}, its directives and types are called {@code join__*}, and a directive named like
 * the feature itself ({@code @inaccessible}, {@code @tag}, {@code @link}) keeps that plain name.
 * Names listed in {@code import:} lose the prefix (or take the name given in the import's {@code as}).
 *
 * <p>A schema without any {@code @link} is read as if it linked {@code link}, {@code join} and
 * {@code inaccessible} under their default names.
 */
public final class LinkedFeatures {

    /** Where the federation machinery lives: every feature under it is stripped from the API schema. */
    public static final String APOLLO_SPECS = "https://specs.apollo.dev/";

    public static final String LINK = APOLLO_SPECS + "link";
    public static final String JOIN = APOLLO_SPECS + "join";
    public static final String INACCESSIBLE = APOLLO_SPECS + "inaccessible";

    /** One linked feature. */
    public record Feature(String url, String identity, String name, String version, String prefix,
                          Map<String, String> importedDirectives, Map<String, String> importedTypes) {

        /** The local name of a directive of this feature ({@code "graph"} → {@code "join__graph"}). */
        public String directiveName(String specName) {
            if (importedDirectives.containsKey(specName)) {
                return importedDirectives.get(specName);
            }
            return specName.equals(name) ? prefix : prefix + "__" + specName;
        }

        /** The local name of a type of this feature ({@code "Graph"} → {@code "join__Graph"}). */
        public String typeName(String specName) {
            return importedTypes.getOrDefault(specName, prefix + "__" + specName);
        }

        boolean ownsDirective(String localName) {
            return localName.equals(prefix) || localName.startsWith(prefix + "__")
                    || importedDirectives.containsValue(localName);
        }

        boolean ownsType(String localName) {
            return localName.startsWith(prefix + "__") || importedTypes.containsValue(localName);
        }
    }

    private final List<Feature> features;

    private LinkedFeatures(List<Feature> features) {
        this.features = List.copyOf(features);
    }

    /** Reads the {@code @link} directives of a parsed schema document. */
    public static LinkedFeatures of(Document document) {
        List<Directive> schemaDirectives = new ArrayList<>();
        for (SchemaDefinition schema : document.getDefinitionsOfType(SchemaDefinition.class)) {
            schemaDirectives.addAll(schema.getDirectives());
        }
        String linkDirective = schemaDirectives.stream()
                .filter(d -> stringArgument(d, "url").map(u -> identityOf(u).equals(LINK)).orElse(false))
                .findFirst()
                .flatMap(d -> stringArgument(d, "as"))
                .orElse("link");
        List<Feature> features = new ArrayList<>();
        for (Directive directive : schemaDirectives) {
            if (directive.getName().equals(linkDirective)) {
                stringArgument(directive, "url").ifPresent(url -> features.add(feature(url, directive)));
            }
        }
        if (features.isEmpty()) {
            features.add(defaultFeature(LINK + "/v1.0"));
            features.add(defaultFeature(JOIN + "/v0.3"));
            features.add(defaultFeature(INACCESSIBLE + "/v0.2"));
        }
        return new LinkedFeatures(features);
    }

    public List<Feature> all() {
        return features;
    }

    /** The feature with this identity (URL without version), e.g. {@link #JOIN}. */
    public Optional<Feature> find(String identity) {
        return features.stream().filter(f -> f.identity().equals(identity)).findFirst();
    }

    /** The local name of the {@code @inaccessible} directive, when the feature is linked. */
    public Optional<String> inaccessibleDirective() {
        return find(INACCESSIBLE).map(f -> f.directiveName("inaccessible"));
    }

    /** True for a directive that belongs to a federation feature ({@code @join__field}, {@code @link}, {@code @tag}…). */
    public boolean isMachineryDirective(String localName) {
        return features.stream().filter(LinkedFeatures::isMachinery).anyMatch(f -> f.ownsDirective(localName));
    }

    /** True for a type that belongs to a federation feature ({@code join__Graph}, {@code link__Purpose}…). */
    public boolean isMachineryType(String localName) {
        return features.stream().filter(LinkedFeatures::isMachinery).anyMatch(f -> f.ownsType(localName));
    }

    private static boolean isMachinery(Feature feature) {
        return feature.identity().startsWith(APOLLO_SPECS);
    }

    private static Feature defaultFeature(String url) {
        String identity = identityOf(url);
        String name = identity.substring(identity.lastIndexOf('/') + 1);
        return new Feature(url, identity, name, url.substring(identity.length() + 1), name, Map.of(), Map.of());
    }

    private static Feature feature(String url, Directive link) {
        String identity = identityOf(url);
        String name = identity.substring(identity.lastIndexOf('/') + 1);
        String version = url.length() > identity.length() ? url.substring(identity.length() + 1) : "";
        String prefix = stringArgument(link, "as").orElse(name);
        Map<String, String> directives = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        if (link.getArgument("import") != null && link.getArgument("import").getValue() instanceof ArrayValue imports) {
            for (Value<?> value : imports.getValues()) {
                String specName;
                String localName;
                if (value instanceof StringValue s) {
                    specName = s.getValue();
                    localName = specName;
                } else if (value instanceof ObjectValue o) {
                    specName = objectString(o, "name");
                    localName = Optional.ofNullable(objectString(o, "as")).orElse(specName);
                } else {
                    continue;
                }
                if (specName == null) {
                    continue;
                }
                if (specName.startsWith("@")) {
                    directives.put(specName.substring(1), localName.substring(localName.startsWith("@") ? 1 : 0));
                } else {
                    types.put(specName, localName);
                }
            }
        }
        return new Feature(url, identity, name, version, prefix, directives, types);
    }

    /** {@code https://specs.apollo.dev/join/v0.3} → {@code https://specs.apollo.dev/join}. */
    static String identityOf(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        int slash = trimmed.lastIndexOf('/');
        if (slash > 0 && trimmed.substring(slash + 1).matches("v\\d+(\\.\\d+)?")) {
            return trimmed.substring(0, slash);
        }
        return trimmed;
    }

    private static Optional<String> stringArgument(Directive directive, String name) {
        return directive.getArgument(name) != null && directive.getArgument(name).getValue() instanceof StringValue s
                ? Optional.of(s.getValue())
                : Optional.empty();
    }

    private static String objectString(ObjectValue object, String name) {
        for (ObjectField field : object.getObjectFields()) {
            if (field.getName().equals(name) && field.getValue() instanceof StringValue s) {
                return s.getValue();
            }
        }
        return null;
    }
}
