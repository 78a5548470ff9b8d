package gg.arena.router.plan;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * A mutable selection set that the planner builds for one subgraph fetch: fields (with alias, arguments and
 * {@code @skip}/{@code @include}) and inline fragments, deduplicated structurally. Frozen into text when the plan is
 * emitted.
 */
final class SelectionTree {
    /** Prefix of the aliases given to key fields whose name the client uses as an alias for another field. */
    static final String KEY_ALIAS = "arenaKey_";

    private final LinkedHashMap<String, Item> items = new LinkedHashMap<>();
    /** Key fields renamed by {@link #resolveConflicts()}: field name -> response key. */
    private final java.util.Map<String, String> renamed = new java.util.HashMap<>();

    /**
     * A field or an inline fragment; {@code sub} is null for leaf fields. {@code internal} marks fields the planner
     * added (keys) rather than the client.
     */
    record Item(String alias, String name, List<Argument> arguments, String typeCondition, List<Directive> directives,
                SelectionTree sub, boolean internal) {
        boolean isFragment() {
            return typeCondition != null;
        }

        String responseKey() {
            return alias != null ? alias : name;
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    List<Item> items() {
        return List.copyOf(items.values());
    }

    /** Adds (or finds) a field; returns its sub-selection (null for a leaf). */
    SelectionTree field(String alias, String name, List<Argument> args, List<Directive> directives, boolean composite) {
        String a = alias == null || alias.equals(name) ? null : alias;
        String key = (a == null ? "" : a + ":") + name + print(args) + printDirectives(directives);
        Item item = items.computeIfAbsent(key, k -> new Item(a, name, List.copyOf(args), null,
                List.copyOf(directives), composite ? new SelectionTree() : null, false));
        return item.sub();
    }

    /** Adds (or finds) a field the planner needs (a key field). */
    SelectionTree keyField(String name, List<Argument> args, boolean composite) {
        String key = name + print(args);
        Item item = items.computeIfAbsent(key, k -> new Item(null, name, List.copyOf(args), null, List.of(),
                composite ? new SelectionTree() : null, true));
        return item.sub();
    }

    /**
     * Gives planner-added key fields an alias where the client uses their name as the response key of another
     * field (e.g. {@code id: handle} next to the key {@code id}), here and in every sub-selection.
     */
    void resolveConflicts() {
        java.util.Map<String, Item> clientKeys = new java.util.HashMap<>();
        for (Item it : items.values()) {
            if (!it.isFragment() && !it.internal()) {
                clientKeys.put(it.responseKey(), it);
            }
        }
        List<java.util.Map.Entry<String, Item>> entries = new ArrayList<>(items.entrySet());
        items.clear();
        for (java.util.Map.Entry<String, Item> e : entries) {
            Item it = e.getValue();
            Item client = it.internal() ? clientKeys.get(it.name()) : null;
            if (client != null && !(client.name().equals(it.name())
                    && print(client.arguments()).equals(print(it.arguments())))) {
                String alias = KEY_ALIAS + it.name();
                renamed.put(it.name(), alias);
                it = new Item(alias, it.name(), it.arguments(), null, it.directives(), it.sub(), true);
            }
            items.put(e.getKey(), it);
            if (it.sub() != null) {
                it.sub().resolveConflicts();
            }
        }
    }

    /** Where the value of key field {@code name} is in this selection's response. */
    String responseKeyOf(String name) {
        return renamed.getOrDefault(name, name);
    }

    SelectionTree typename() {
        return field(null, "__typename", List.of(), List.of(), false);
    }

    SelectionTree fragment(String typeCondition, List<Directive> directives) {
        String key = "..." + typeCondition + printDirectives(directives);
        return items.computeIfAbsent(key, k -> new Item(null, null, List.of(), typeCondition,
                List.copyOf(directives), new SelectionTree(), false)).sub();
    }

    /** Compact GraphQL text of this selection set, braces included. */
    String print() {
        StringBuilder sb = new StringBuilder();
        print(sb);
        return sb.toString();
    }

    void print(StringBuilder sb) {
        sb.append('{');
        boolean first = true;
        for (Item it : items.values()) {
            if (it.isFragment() && it.sub().isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append(' ');
            }
            first = false;
            if (it.isFragment()) {
                sb.append("... on ").append(it.typeCondition());
            } else {
                if (it.alias() != null) {
                    sb.append(it.alias()).append(':');
                }
                sb.append(it.name()).append(print(it.arguments()));
            }
            sb.append(printDirectives(it.directives()));
            if (it.sub() != null) {
                it.sub().print(sb);
            }
        }
        if (first) {
            sb.append("__typename"); // every field of this position comes from another subgraph
        }
        sb.append('}');
    }

    /** Names of the variables used anywhere in this selection. */
    void collectVariables(Set<String> into) {
        for (Item it : items.values()) {
            for (Argument a : it.arguments()) {
                variables(a, into);
            }
            for (Directive d : it.directives()) {
                variables(d, into);
            }
            if (it.sub() != null) {
                it.sub().collectVariables(into);
            }
        }
    }

    private static void variables(Node<?> node, Set<String> into) {
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitVariableReference(VariableReference node, TraverserContext<Node> context) {
                into.add(node.getName());
                return TraversalControl.CONTINUE;
            }
        }, node);
    }

    static String print(List<Argument> args) {
        if (args.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Argument a : args) {
            parts.add(a.getName() + ":" + AstPrinter.printAst(a.getValue()));
        }
        return "(" + String.join(",", parts) + ")";
    }

    static String printDirectives(List<Directive> directives) {
        if (directives.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Directive d : directives) {
            sb.append(" @").append(d.getName()).append(print(d.getArguments()));
        }
        return sb.toString();
    }

}
