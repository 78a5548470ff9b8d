package gg.arena.schema;

import gg.arena.schema.compose.SubgraphSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Subgraph sets the Java composer and The Guild's are compared on: our domain subgraphs, the router's
 * conformance fixtures, and sets built for each merge rule, each composition error and {@code @requires}
 * satisfiability.
 */
final class CompositionCorpus {

    /** Where the router's conformance fixtures keep their subgraph SDLs: {@code <name>/subgraphs/*.graphql}. */
    static final String ROUTER_FIXTURES = "router/src/test/resources/fixtures";

    /** The prefix of the ids of router fixture sets. */
    static final String ROUTER_FIXTURE = "router-fixture/";

    private static final String LINK = """
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5",
              import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@inaccessible", "@tag", "@interfaceObject"])
            """;

    private CompositionCorpus() {
    }

    static Map<String, List<SubgraphSource>> sets() {
        Map<String, List<SubgraphSource>> sets = new LinkedHashMap<>();
        sets.put("arena", SubgraphSource.readAll(SubgraphList.load(RepositoryFiles.subgraphList())));
        sets.putAll(routerFixtures());
        // Successful merges.
        set(sets, "single", "a", "type Query { a: Int }");
        set(sets, "entity-two-subgraphs", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! price: Int }");
        set(sets, "nullable-wins-output", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String! @shareable }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }");
        set(sets, "interface-supertype", "a", "type Query { pet: Animal @shareable } interface Animal { name: String } type Dog implements Animal { name: String @shareable }",
                "b", "type Query { pet: Dog @shareable } interface Animal { name: String } type Dog implements Animal { name: String @shareable }");
        set(sets, "input-intersection", "a", "type Query { a(f: Filter, first: Int): Int } input Filter { name: String! size: Int }",
                "b", "type Query { b(f: Filter): Int } input Filter { name: String tag: String }");
        set(sets, "argument-intersection", "a", "type Query { top(first: Int, region: String): [String] @shareable }",
                "b", "type Query { top(first: Int!): [String] @shareable }");
        set(sets, "enum-union-and-intersection", "a", "type Query { a: Color a2(s: Size): Int } enum Color { RED GREEN } enum Size { S M }",
                "b", "type Query { b: Color b2(s: Size): Int } enum Color { RED BLUE } enum Size { M L }");
        set(sets, "inaccessible-and-tags", "a", "type Query { a: Thing r: Result } type Thing @key(fields: \"id\") @tag(name: \"team-a\") { id: ID! name: String } "
                        + "union Result = Thing | Other type Other { x: Int @inaccessible y: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") @tag(name: \"moved\") }");
        set(sets, "requires-external", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external shipping: Int @requires(fields: \"weight\") }");
        set(sets, "provides-external", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }",
                "b", "type Query { b: Thing @provides(fields: \"name\") } type Thing @key(fields: \"id\") { id: ID! name: String @external }");
        set(sets, "unresolvable-reference", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\", resolvable: false) { id: ID! }");
        set(sets, "shareable-value-type", "a", "type Query { a: Page } type Page @shareable { next: Boolean }",
                "b", "type Query { b: Page } type Page @shareable { next: Boolean }");
        set(sets, "compound-key", "a", "type Query { a: Seat } type Seat @key(fields: \"row col\") { row: Int! col: Int! taken: Boolean }",
                "b", "type Seat @key(fields: \"row col\") { row: Int! col: Int! price: Int }");
        set(sets, "nested-key", "a", "type Query { a: Thing } type Thing @key(fields: \"owner { id }\") { owner: Owner! name: String } type Owner @shareable { id: ID! }",
                "b", "type Thing @key(fields: \"owner { id }\") { owner: Owner! size: Int } type Owner @shareable { id: ID! }");
        set(sets, "multiple-keys", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! name: String }",
                "b", "type Thing @key(fields: \"sku\") { sku: String! price: Int }");
        set(sets, "union-members-merged", "a", "type Query { a: R @shareable } union R = X | Y type X @shareable { x: Int } type Y @shareable { y: Int }",
                "b", "type Query { a: R @shareable } union R = X | Z type X @shareable { x: Int } type Z { z: Int }");
        set(sets, "mutations-and-subscriptions", "a", "type Query { a: Int } type Mutation { m: Int } type Subscription { s: Int }",
                "b", "type Query { b: Int } type Mutation { n: Int }");
        set(sets, "descriptions", "a", "\"A thing\" type Query { \"field a\" a(\"arg\" x: Int = 3): Int }",
                "b", "type Query { \"field b\" b: String @deprecated(reason: \"no\") }");
        set(sets, "override-moves-field", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");
        set(sets, "enum-in-both-identical", "a", "type Query { a(c: Color): Color } enum Color { RED GREEN }",
                "b", "type Query { b: Color } enum Color { RED GREEN }");
        set(sets, "custom-scalar", "a", "scalar Time type Query { a: Time }", "b", "scalar Time type Query { b(t: Time): Int }");
        set(sets, "interface-fields-merged", "a", "type Query { n: Node @shareable } interface Node { id: ID! } type U implements Node @key(fields: \"id\") { id: ID! }",
                "b", "interface Node { id: ID! } type U implements Node @key(fields: \"id\") { id: ID! name: String }");
        set(sets, "list-nullability", "a", "type Query { xs: [Int!] @shareable }", "b", "type Query { xs: [Int] @shareable }");
        set(sets, "three-subgraphs", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! a: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! b: Int }", "c", "type Thing @key(fields: \"id\") { id: ID! c: Int }");
        // Sets that must fail.
        set(sets, "field-type-conflict", "a", "type Query { a: Int } type Thing @key(fields: \"id\") { id: ID! size: Int @shareable }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! size: String @shareable }");
        set(sets, "list-vs-single", "a", "type Query { tags: [String] @shareable }", "b", "type Query { tags: String @shareable }");
        set(sets, "argument-type-conflict", "a", "type Query { top(first: Int): [String] @shareable }",
                "b", "type Query { top(first: String): [String] @shareable }");
        set(sets, "required-argument-missing", "a", "type Query { top(first: Int!): [String] @shareable }",
                "b", "type Query { top: [String] @shareable }");
        set(sets, "non-shareable", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }");
        set(sets, "non-shareable-root", "a", "type Query { top: Int }", "b", "type Query { top: Int }");
        set(sets, "key-missing-field", "a", "type Query { a: Thing } type Thing @key(fields: \"uid\") { id: ID! }");
        set(sets, "nested-key-missing-field", "a", "type Query { a: Thing } type Thing @key(fields: \"owner { uid }\") { owner: Owner! } type Owner { id: ID! }");
        set(sets, "requires-not-external", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int shipping: Int @requires(fields: \"weight\") }");
        set(sets, "provides-not-external", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }",
                "b", "type Query { b: Thing @provides(fields: \"name\") } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }");
        set(sets, "requires-missing-field", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! shipping: Int @requires(fields: \"weight\") }");
        set(sets, "external-unused", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @external price: Int }");
        set(sets, "override-self", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");
        set(sets, "override-both-ways", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"b\") }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");
        set(sets, "override-twice", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }",
                "c", "type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"a\") }");
        set(sets, "enum-mismatch-input-and-output", "a", "type Query { a(c: Color): Color } enum Color { RED GREEN }",
                "b", "type Query { b: Color } enum Color { RED BLUE }");
        set(sets, "required-input-field-missing", "a", "type Query { a(f: Filter): Int } input Filter { name: String! }",
                "b", "type Query { b(f: Filter): Int } input Filter { size: Int }");
        set(sets, "type-kind-mismatch", "a", "type Query { a: Thing } type Thing { id: ID }",
                "b", "type Query { b: Thing } interface Thing { id: ID }");
        set(sets, "unsatisfiable-unresolvable-key", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\", resolvable: false) { id: ID! price: Int }");
        set(sets, "unsatisfiable-key-not-provided", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"sku\") { sku: String! price: Int }");
        set(sets, "satisfiable-through-second-key", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }",
                "c", "type Thing @key(fields: \"sku\") { sku: String! price: Int }");
        set(sets, "external-missing-on-base", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external shipping: Int @requires(fields: \"weight\") }");
        set(sets, "root-renamed", "a", "schema { query: RootQuery } type RootQuery { a: Int }", "b", "type Query { b: Int }");
        set(sets, "enum-defined-unused", "a", "type Query { a: Int } enum Mood { HAPPY SAD }", "b", "type Query { b: Int } enum Mood { HAPPY ANGRY }");
        set(sets, "inaccessible-type-one-subgraph", "a", "type Query { a: Int secret: Secret @inaccessible } type Secret @inaccessible { x: Int }",
                "b", "type Query { b: Int }");
        set(sets, "different-descriptions", "a", "\"Things.\" type Thing @shareable { \"Name A\" name: String } type Query { a: Thing }",
                "b", "\"Things here.\" type Thing @shareable { \"Name B\" name: String } type Query { b: Thing }");
        set(sets, "deprecated-in-one", "a", "type Query { a: Thing } type Thing @shareable { old: Int @deprecated(reason: \"use new\") new: Int }",
                "b", "type Query { b: Thing } type Thing @shareable { old: Int new: Int }");
        set(sets, "argument-defaults", "a", "type Query { top(first: Int = 10): [Int] @shareable }",
                "b", "type Query { top(first: Int = 10): [Int] @shareable }");
        set(sets, "union-member-from-other-subgraph", "a", "type Query { r: R } union R = X type X { x: Int }",
                "b", "type Y @key(fields: \"id\") { id: ID! } type Query { y: Y }");
        set(sets, "interface-across-subgraphs", "a", "type Query { node: Node } interface Node { id: ID! } type U implements Node @key(fields: \"id\") { id: ID! name: String }",
                "b", "type V implements Node @key(fields: \"id\") { id: ID! } interface Node { id: ID! } type Query { v: V }");
        set(sets, "provides-nested", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! owner: Owner @shareable } type Owner @key(fields: \"id\") { id: ID! name: String @shareable }",
                "b", "type Query { b: Thing @provides(fields: \"owner { name }\") } type Thing @key(fields: \"id\") { id: ID! owner: Owner @external } type Owner @key(fields: \"id\") { id: ID! name: String @external }");
        set(sets, "input-field-defaults", "a", "type Query { a(f: F): Int } input F { n: Int = 1 m: Int }", "b", "type Query { b(f: F): Int } input F { n: Int = 1 m: Int }");
        set(sets, "nullable-list-element-input", "a", "type Query { a(ids: [ID!]): Int @shareable }", "b", "type Query { a(ids: [ID]): Int @shareable }");
        set(sets, "inaccessible-argument-and-enum-value", "a", "type Query { a(x: Int @inaccessible, y: Int): E } enum E { ONE TWO @inaccessible }",
                "b", "type Query { b: E } enum E { ONE TWO }");
        set(sets, "tags-everywhere", "a", "type Query @tag(name: \"q\") { a(x: Int @tag(name: \"arg\")): E @tag(name: \"f\") } enum E @tag(name: \"e\") { ONE @tag(name: \"v\") }");
        set(sets, "value-type-not-shareable", "a", "type Query { a: Box } type Box { size: Int }", "b", "type Query { b: Box } type Box { size: Int }");
        set(sets, "value-type-different-fields", "a", "type Query { a: Box } type Box { size: Int }", "b", "type Query { b: Box } type Box { weight: Int }");
        set(sets, "key-on-interface-implementation-only", "a", "type Query { all: [Node] } interface Node { id: ID! } type U implements Node @key(fields: \"id\") { id: ID! }",
                "b", "type U @key(fields: \"id\") { id: ID! extra: String }");
        set(sets, "entity-referenced-by-stub", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Query { b: Holder } type Holder { thing: Thing } type Thing @key(fields: \"id\", resolvable: false) { id: ID! }");
        set(sets, "mutation-only-in-one", "a", "type Query { a: Int } type Mutation { doIt(input: In!): Int } input In { x: Int! }", "b", "type Query { b: Int }");
        set(sets, "subscription-shared-field", "a", "type Query { a: Int } type Subscription { tick: Int @shareable }", "b", "type Query { b: Int } type Subscription { tick: Int @shareable }");
        set(sets, "shareable-different-args-nullable", "a", "type Query { f(a: Int, b: Int): Int @shareable }", "b", "type Query { f(a: Int): Int @shareable }");
        set(sets, "deprecated-argument", "a", "type Query { f(a: Int @deprecated(reason: \"x\")): Int }");
        set(sets, "specified-by-scalar", "a", "scalar Url @specifiedBy(url: \"https://tools.ietf.org/html/rfc3986\") type Query { u: Url }");
        set(sets, "interface-object", "a", "type Query { media: [Media] } interface Media @key(fields: \"id\") { id: ID! title: String } "
                        + "type Book implements Media @key(fields: \"id\") { id: ID! title: String pages: Int }",
                "b", "type Media @key(fields: \"id\") @interfaceObject { id: ID! reviews: [String] }");
        set(sets, "argument-default-mismatch", "a", "type Query { top(first: Int = 10): [Int] @shareable }",
                "b", "type Query { top(first: Int = 20): [Int] @shareable }");
        set(sets, "enum-input-only-one-definer", "a", "type Query { a(s: Size): Int } enum Size { S M }", "b", "type Query { b: Int }");
        set(sets, "override-from-missing-subgraph", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @override(from: \"gone\") }");
        set(sets, "requires-nested", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! dims: Dims } type Dims @shareable { w: Int h: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! dims: Dims @external area: Int @requires(fields: \"dims { w h }\") } type Dims @shareable { w: Int h: Int }");
        set(sets, "shareable-interface-field", "a", "type Query { n: [Named] @shareable } interface Named { name: String } type P implements Named @shareable { name: String }",
                "b", "type Query { n: [Named] @shareable } interface Named { name: String } type P implements Named @shareable { name: String }");
        set(sets, "input-only-in-one", "a", "type Query { a(f: Only): Int } input Only { x: Int }", "b", "type Query { b: Int }");
        set(sets, "output-type-name-mismatch", "a", "type Query { x: A @shareable } type A { v: Int }", "b", "type Query { x: B @shareable } type B { v: Int }");
        set(sets, "key-with-external-field-in-fed2", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\") { id: ID! @external extra: Int }");
        set(sets, "argument-default-missing-in-one", "a", "type Query { top(first: Int = 10): [Int] @shareable }",
                "b", "type Query { top(first: Int): [Int] @shareable }");
        set(sets, "input-field-default-mismatch", "a", "type Query { a(f: F): Int } input F { n: Int = 1 }", "b", "type Query { b(f: F): Int } input F { n: Int = 2 }");
        set(sets, "nested-lists-output", "a", "type Query { grid: [[Int!]!] @shareable }", "b", "type Query { grid: [[Int]] @shareable }");
        set(sets, "union-inaccessible-member", "a", "type Query { r: R } union R = X | Y type X { x: Int } type Y @inaccessible { y: Int }");
        set(sets, "requires-from-third-subgraph", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "c", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") }");
        set(sets, "entity-only-stub-reachable", "a", "type Query { holder: Holder } type Holder { t: Thing } type Thing @key(fields: \"id\", resolvable: false) { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String }");
        set(sets, "orphan-entity", "a", "type Query { a: Int } type Lost @key(fields: \"id\") { id: ID! }", "b", "type Query { b: Int }");
        set(sets, "implementations-differ-by-subgraph", "a", "type Query { pets: [Pet] @shareable } interface Pet { name: String } type Cat implements Pet @shareable { name: String }",
                "b", "type Query { pets: [Pet] @shareable } interface Pet { name: String } type Dog implements Pet { name: String }");
        // Each composition error that the sets above do not trigger yet.
        set(sets, "provides-invalid-fields", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String @shareable }",
                "b", "type Query { b: Thing @provides(fields: \"nope\") } type Thing @key(fields: \"id\") { id: ID! name: String @external }");
        set(sets, "provides-on-scalar-field", "a", "type Query { a: Int @provides(fields: \"x\") }");
        set(sets, "override-with-external", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! name: String }",
                "b", "type Thing @key(fields: \"id\") { id: ID! name: String @external @override(from: \"a\") other: Int @requires(fields: \"name\") }");
        set(sets, "empty-merged-enum", "a", "type Query { a(s: Size): Int } enum Size { S }", "b", "type Query { b(s: Size): Int } enum Size { L }");
        set(sets, "empty-merged-input", "a", "type Query { a(f: F): Int } input F { x: Int }", "b", "type Query { b(f: F): Int } input F { y: Int }");
        set(sets, "unknown-type", "a", "type Query { a: Missing }");
        set(sets, "syntax-error", "a", "type Query { a: }");
        set(sets, "duplicate-subgraph-name", "a", "type Query { a: Int }", "a", "type Query { b: Int }");
        // @requires in satisfiability: conditions are fetched starting from the subgraph that requires them.
        set(sets, "requires-through-key-chain", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") }",
                "c", "type Thing @key(fields: \"id\") @key(fields: \"sku\") { id: ID! sku: String! }",
                "d", "type Thing @key(fields: \"sku\") { sku: String! weight: Int }");
        set(sets, "requires-two-sources-and-chain", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! price: Int }",
                "c", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external price: Int @external total: Int @requires(fields: \"weight price\") }",
                "d", "type Thing @key(fields: \"id\") { id: ID! total: Int @external label: String @requires(fields: \"total\") }");
        set(sets, "requires-shareable-in-two", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") @shareable }",
                "c", "type Thing @key(fields: \"id\") { id: ID! cost: Int @shareable }");
        set(sets, "requires-unobtainable-from-requirer", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! }",
                "b", "type Thing @key(fields: \"id\") { id: ID! weight: Int @external cost: Int @requires(fields: \"weight\") }",
                "c", "type Query { c: Thing } type Thing @key(fields: \"id\", resolvable: false) { id: ID! weight: Int }");
        set(sets, "requires-requirer-unreachable", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! weight: Int }",
                "b", "type Query { b: Thing } type Thing @key(fields: \"id\", resolvable: false) @key(fields: \"sku\") { id: ID! sku: ID! "
                        + "weight: Int @external cost: Int @requires(fields: \"weight\") }");
        set(sets, "requires-nested-unobtainable", "a", "type Query { a: Thing } type Thing @key(fields: \"id\") { id: ID! dims: Dims } type Dims @shareable { w: Int }",
                "b", "type Thing @key(fields: \"id\") { id: ID! dims: Dims @external area: Int @requires(fields: \"dims { w h }\") } "
                        + "type Dims @shareable { w: Int h: Int }");
        sets.put("federation1", List.of(
                new SubgraphSource("players", "http://p/graphql", "type Query { me: Player } type Player @key(fields: \"id\") { id: ID! handle: String }"),
                new SubgraphSource("matches", "http://m/graphql", "extend type Query { recent: [Match] } extend type Player @key(fields: \"id\") "
                        + "{ id: ID! @external handle: String @external wins: Int @requires(fields: \"handle\") } type Match { winner: Player }")));
        sets.put("federation1-value-types", List.of(
                new SubgraphSource("a", "http://a/graphql", "type Query { a: Page } type Page { next: Boolean }"),
                new SubgraphSource("b", "http://b/graphql", "extend type Query { b: Page } type Page { next: Boolean }")));
        return sets;
    }

    /** Every router conformance fixture, its subgraphs named after their files, in name order. */
    private static Map<String, List<SubgraphSource>> routerFixtures() {
        Map<String, List<SubgraphSource>> sets = new LinkedHashMap<>();
        Path root = RepositoryFiles.root().resolve(ROUTER_FIXTURES);
        try (Stream<Path> fixtures = Files.list(root)) {
            for (Path fixture : fixtures.sorted().toList()) {
                Path folder = fixture.resolve("subgraphs");
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                List<SubgraphSource> subgraphs = new ArrayList<>();
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
                        String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
                        subgraphs.add(new SubgraphSource(name, "http://fixture/" + name, Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
                sets.put(ROUTER_FIXTURE + fixture.getFileName(), subgraphs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the router fixtures under " + root, e);
        }
        return sets;
    }

    private static void set(Map<String, List<SubgraphSource>> sets, String id, String... nameAndSdl) {
        List<SubgraphSource> sources = new ArrayList<>();
        for (int i = 0; i < nameAndSdl.length; i += 2) {
            sources.add(new SubgraphSource(nameAndSdl[i], "http://" + nameAndSdl[i] + "/graphql", LINK + nameAndSdl[i + 1]));
        }
        sets.put(id, sources);
    }
}
