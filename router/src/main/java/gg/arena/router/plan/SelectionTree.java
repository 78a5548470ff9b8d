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
    private final LinkedHashMap<String, Item> items = new LinkedHashMap<>();

    /** A field or an inline fragment; {@code sub} is null for leaf fields. */
    record Item(String alias, String name, List<Argument> arguments, String typeCondition, List<Directive> directives,
                SelectionTree sub) {
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
                List.copyOf(directives), composite ? new SelectionTree() : null));
        return item.sub();
    }

    SelectionTree typename() {
        return field(null, "__typename", List.of(), List.of(), false);
    }

    SelectionTree fragment(String typeCondition, List<Directive> directives) {
        String key = "..." + typeCondition + printDirectives(directives);
        return items.computeIfAbsent(key, k -> new Item(null, null, List.of(), typeCondition,
                List.copyOf(directives), new SelectionTree())).sub();
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
