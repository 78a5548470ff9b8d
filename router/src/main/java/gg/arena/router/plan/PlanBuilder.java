package gg.arena.router.plan;

import gg.arena.router.supergraph.Supergraph;
import graphql.language.Directive;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the planner's fetch groups into plan nodes: a tree when every group has one parent, levels otherwise. */
final class PlanBuilder {
    private final Supergraph sg;
    private final OperationDefinition op;
    private final List<FetchGroup> groups;
    private final List<FetchGroup> roots;
    private final boolean serial;
    private final Map<String, VariableDefinition> variables = new HashMap<>();

    PlanBuilder(Supergraph sg, OperationDefinition op, List<FetchGroup> groups, List<FetchGroup> roots,
                boolean serial) {
        this.sg = sg;
        this.op = op;
        this.groups = groups;
        this.roots = roots;
        this.serial = serial;
        for (VariableDefinition vd : op.getVariableDefinitions()) {
            variables.put(vd.getName(), vd);
        }
        for (FetchGroup g : groups) {
            g.selection.resolveConflicts();
        }
    }

    PlanNode build() {
        if (roots.isEmpty()) {
            return null;
        }
        if (!serial && fewerRequestsByLevel()) {
            return levels(groups);
        }
        List<PlanNode> perRoot = new ArrayList<>();
        for (FetchGroup r : roots) {
            List<FetchGroup> family = new ArrayList<>();
            for (FetchGroup g : groups) {
                if (rootOf(g) == r) {
                    family.add(g);
                }
            }
            boolean tree = family.stream().allMatch(g -> g.dependsOn.size() <= 1
                    && (g.parent == null || g.dependsOn.contains(g.parent)));
            perRoot.add(tree ? treeNode(r, family) : levels(family));
        }
        if (perRoot.size() == 1) {
            return perRoot.getFirst();
        }
        if (serial) {
            return new PlanNode.Sequence(perRoot);
        }
        // Groups of different roots may depend on each other through @requires: then plan all groups by level.
        boolean independent = true;
        for (FetchGroup g : groups) {
            for (FetchGroup d : g.dependsOn) {
                if (rootOf(d) != rootOf(g)) {
                    independent = false;
                }
            }
        }
        return independent ? new PlanNode.Parallel(perRoot) : levels(groups);
    }

    /**
     * Whether running the groups level by level needs fewer subgraph requests than one group per request: the
     * executor sends all fetches of one level to one subgraph as one request, so a query whose branches ask the
     * same subgraphs at the same depth is cheaper in levels.
     */
    private boolean fewerRequestsByLevel() {
        Map<FetchGroup, Integer> level = new HashMap<>();
        java.util.Set<String> perLevel = new java.util.HashSet<>();
        for (FetchGroup g : groups) {
            perLevel.add(level(g, level) + "|" + g.graph);
        }
        return perLevel.size() < groups.size();
    }

    private FetchGroup rootOf(FetchGroup g) {
        while (g.parent != null) {
            g = g.parent;
        }
        return g;
    }

    private PlanNode treeNode(FetchGroup g, List<FetchGroup> family) {
        List<PlanNode> children = new ArrayList<>();
        for (FetchGroup c : family) {
            if (c.parent == g) {
                children.add(treeNode(c, family));
            }
        }
        PlanNode self = fetchNode(g);
        PlanNode node;
        if (children.isEmpty()) {
            node = self;
        } else {
            PlanNode rest = children.size() == 1 ? children.getFirst() : new PlanNode.Parallel(children);
            node = new PlanNode.Sequence(List.of(self, rest));
        }
        return conditioned(g, node);
    }

    private PlanNode levels(List<FetchGroup> family) {
        Map<FetchGroup, Integer> level = new HashMap<>();
        int max = 0;
        for (FetchGroup g : family) {
            max = Math.max(max, level(g, level));
        }
        List<PlanNode> steps = new ArrayList<>();
        for (int l = 0; l <= max; l++) {
            List<PlanNode> at = new ArrayList<>();
            for (FetchGroup g : family) {
                if (level.get(g) == l) {
                    at.add(conditioned(g, fetchNode(g)));
                }
            }
            if (!at.isEmpty()) {
                steps.add(at.size() == 1 ? at.getFirst() : new PlanNode.Parallel(at));
            }
        }
        return steps.size() == 1 ? steps.getFirst() : new PlanNode.Sequence(steps);
    }

    private int level(FetchGroup g, Map<FetchGroup, Integer> memo) {
        Integer l = memo.get(g);
        if (l != null) {
            return l;
        }
        int max = -1;
        for (FetchGroup d : g.dependsOn) {
            max = Math.max(max, level(d, memo));
        }
        memo.put(g, max + 1);
        return max + 1;
    }

    private PlanNode conditioned(FetchGroup g, PlanNode node) {
        PlanNode out = node;
        List<Directive> conds = g.conditions;
        for (int i = conds.size() - 1; i >= 0; i--) {
            Directive d = conds.get(i);
            var arg = d.getArgument("if");
            if (arg != null && arg.getValue() instanceof VariableReference v) {
                out = d.getName().equals("include") ? new PlanNode.Condition(v.getName(), out, null)
                        : new PlanNode.Condition(v.getName(), null, out);
            }
        }
        return out;
    }

    private PlanNode fetchNode(FetchGroup g) {
        String service = sg.graph(g.graph).name();
        Set<String> used = new LinkedHashSet<>();
        g.selection.collectVariables(used);
        List<String> usages = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        for (VariableDefinition vd : op.getVariableDefinitions()) {
            if (used.contains(vd.getName())) {
                usages.add(vd.getName());
                defs.add(PlanText.variableDefinition(vd));
            }
        }
        List<String> clientDefs = List.copyOf(defs);
        String kind = g.entityType == null ? op.getOperation().name().toLowerCase(java.util.Locale.ROOT) : "query";
        StringBuilder sb = new StringBuilder(kind);
        if (op.getName() != null) {
            sb.append(' ').append(op.getName()).append("__").append(service.replaceAll("[^A-Za-z0-9_]", "_"));
        }
        if (g.entityType != null) {
            defs.addFirst("$representations:[_Any!]!");
        }
        if (!defs.isEmpty()) {
            sb.append('(').append(String.join(",", defs)).append(')');
        }
        if (g.entityType == null) {
            g.selection.print(sb);
            return new PlanNode.Fetch(g.graph, service, kind, sb.toString(), usages, null, null, null, null,
                    clientDefs);
        }
        String typeCondition = g.typeCondition != null ? g.typeCondition : g.entityType;
        StringBuilder selection = new StringBuilder("... on ").append(typeCondition);
        g.selection.print(selection);
        sb.append("{_entities(representations:$representations){").append(selection).append("}}");
        PlanNode fetch = new PlanNode.Fetch(g.graph, service, kind, sb.toString(), usages, g.entityType,
                typeCondition, projection(g.requires, g.keySource), selection.toString(), clientDefs);
        return new PlanNode.Flatten(g.path, fetch);
    }

    /** The representation selection; {@code source} says under which response keys the key fields arrive. */
    static Projection projection(SelectionTree t, SelectionTree source) {
        List<Projection.Entry> entries = new ArrayList<>();
        for (SelectionTree.Item it : t.items()) {
            if (it.isFragment()) {
                entries.add(new Projection.Entry(null, it.typeCondition(), projection(it.sub(), null), null));
            } else {
                String dataKey = source == null ? it.name() : source.responseKeyOf(it.name());
                entries.add(new Projection.Entry(it.name(), null, it.sub() == null ? null
                        : projection(it.sub(), null), dataKey.equals(it.name()) ? null : dataKey));
            }
        }
        return new Projection(entries);
    }
}
