package gg.arena.router.plan;

import gg.arena.router.supergraph.FieldSets;
import gg.arena.router.supergraph.JoinType;
import gg.arena.router.supergraph.Supergraph;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLInterfaceType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Plans an operation over the supergraph: walks the client's selections, keeps each field in the current subgraph
 * fetch where that subgraph resolves it, and otherwise jumps through {@code _entities} (by the shortest chain of
 * keys) into the subgraph that does, fetching {@code @requires} fields first. Abstract positions are expanded into
 * their concrete types so every merge path knows the {@code __typename} it applies to.
 */
public final class QueryPlanner {
    private final Supergraph sg;
    private final GraphQLSchema api;
    private final Map<String, List<String>> possible = new java.util.concurrent.ConcurrentHashMap<>();

    public QueryPlanner(Supergraph supergraph, GraphQLSchema apiSchema) {
        this.sg = supergraph;
        this.api = apiSchema;
    }

    /** Plans the operation {@code operationName} (or the only one) of a validated document. */
    public QueryPlan plan(Document document, String operationName) {
        return new Run(document, Operations.select(document, operationName)).plan();
    }

    private final class Run {
        private final OperationDefinition op;
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final List<FetchGroup> groups = new ArrayList<>();
        private final Map<String, FetchGroup> entityGroups = new HashMap<>();
        private final List<FetchGroup> roots = new ArrayList<>();
        private final Deque<Set<FetchGroup>> touchLogs = new ArrayDeque<>();
        /** The nearest entity (or root) position above the field being planned; see {@link Anchor}. */
        private Anchor anchor;
        /** While planning @requires fields: the selection they go into (their fields there are the planner's). */
        private SelectionTree requiresTarget;

        Run(Document doc, OperationDefinition op) {
            this.op = op;
            for (FragmentDefinition f : doc.getDefinitionsOfType(FragmentDefinition.class)) {
                fragments.put(f.getName(), f);
            }
        }

        QueryPlan plan() {
            String kind = op.getOperation().name().toLowerCase(java.util.Locale.ROOT);
            String rootType = switch (op.getOperation()) {
                case QUERY -> sg.queryType();
                case MUTATION -> sg.mutationType();
                case SUBSCRIPTION -> sg.subscriptionType();
            };
            List<Object[]> rootFields = new ArrayList<>();
            collectRoot(op.getSelectionSet(), rootType, List.of(), rootFields);
            boolean serial = op.getOperation() == OperationDefinition.Operation.MUTATION;
            List<String> chosen = serial ? null : chooseRootGraphs(rootType, rootFields);
            for (int i = 0; i < rootFields.size(); i++) {
                Object[] rf = rootFields.get(i);
                Field f = (Field) rf[0];
                @SuppressWarnings("unchecked")
                List<Directive> conds = (List<Directive>) rf[1];
                List<String> candidates = sg.resolvers(rootType, f.getName());
                if (candidates.isEmpty()) {
                    throw new PlanningException("no subgraph resolves " + rootType + "." + f.getName());
                }
                FetchGroup group;
                if (serial) {
                    FetchGroup last = roots.isEmpty() ? null : roots.getLast();
                    group = last != null && candidates.contains(last.graph) ? last
                            : newRoot(cheapest(candidates, rootType, f), conds);
                } else {
                    String g = chosen.get(i);
                    group = roots.stream().filter(r -> r.graph.equals(g)).findFirst()
                            .orElseGet(() -> newRoot(g, conds));
                }
                group.useUnder(conds);
                anchor = serial ? null : new Anchor(group, group.selection, rootType, List.of(), List.of());
                emitLocal(group, group.selection, rootType, f, List.of(), null, conds);
                anchor = null;
            }
            PlanNode node = new PlanBuilder(sg, op, groups, roots, serial).build();
            return new QueryPlan(kind, op.getOperation() == OperationDefinition.Operation.SUBSCRIPTION
                    ? SubscriptionPlans.split(node) : node);
        }

        /**
         * The subgraph for each root field of a query: fields only one subgraph resolves decide first; a field
         * several subgraphs resolve ({@code @shareable}) then joins a subgraph already asked when that costs no more
         * jumps, so the operation needs as few root fetches as possible.
         */
        private List<String> chooseRootGraphs(String rootType, List<Object[]> rootFields) {
            List<String> chosen = new ArrayList<>();
            Set<String> used = new LinkedHashSet<>();
            for (Object[] rf : rootFields) {
                List<String> candidates = sg.resolvers(rootType, ((Field) rf[0]).getName());
                chosen.add(candidates.size() == 1 ? candidates.getFirst() : null);
                if (candidates.size() == 1) {
                    used.add(candidates.getFirst());
                }
            }
            for (int i = 0; i < rootFields.size(); i++) {
                if (chosen.get(i) != null) {
                    continue;
                }
                Field f = (Field) rootFields.get(i)[0];
                List<String> candidates = sg.resolvers(rootType, f.getName());
                if (candidates.isEmpty()) {
                    throw new PlanningException("no subgraph resolves " + rootType + "." + f.getName());
                }
                String best = null;
                int bestCost = Integer.MAX_VALUE;
                for (String c : candidates) {
                    int cost = subCost(c, rootType, f, 3) * 10 + (used.contains(c) ? 0 : 5);
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = c;
                    }
                }
                chosen.set(i, best);
                used.add(best);
            }
            return chosen;
        }

        private FetchGroup newRoot(String graph, List<Directive> conds) {
            FetchGroup g = new FetchGroup(groups.size(), graph, List.of(), null, null, conds);
            groups.add(g);
            roots.add(g);
            return g;
        }

        private String cheapest(List<String> candidates, String type, Field f) {
            String best = null;
            int bestCost = Integer.MAX_VALUE;
            for (String c : candidates) {
                int cost = subCost(c, type, f, 3);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                }
            }
            return best;
        }

        /** Root fields in document order with the conditions inherited from fragments; introspection left out. */
        private void collectRoot(SelectionSet ss, String rootType, List<Directive> conds, List<Object[]> out) {
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f) {
                    if (f.getName().startsWith("__")) {
                        continue;
                    }
                    out.add(new Object[]{f, concat(conds, skipInclude(f.getDirectives()))});
                } else if (s instanceof InlineFragment fr) {
                    collectRoot(fr.getSelectionSet(), rootType, concat(conds, skipInclude(fr.getDirectives())), out);
                } else if (s instanceof FragmentSpread sp) {
                    FragmentDefinition fd = fragments.get(sp.getName());
                    collectRoot(fd.getSelectionSet(), rootType, concat(conds, skipInclude(sp.getDirectives())), out);
                }
            }
        }

        // ---- walking selections ----

        private void selectionSetFor(FetchGroup g, SelectionTree target, String typeName, SelectionSet ss,
                                     List<String> path, Provided provided, List<Directive> conds) {
            GraphQLType t = api.getType(typeName);
            if (t instanceof GraphQLObjectType) {
                objectSelections(g, target, typeName, ss.getSelections(), path, provided, conds);
                return;
            }
            if (sg.isInterfaceObjectIn(typeName, g.graph)) {
                interfaceObjectPosition(g, target, typeName, ss, path, conds);
                return;
            }
            target.typename();
            touch(g);
            for (String c : possibleTypes(typeName)) {
                if (!sg.possibleTypesIn(typeName, g.graph).contains(c)) {
                    continue;
                }
                SelectionTree frag = target.fragment(c, List.of());
                Anchor saved = anchor;
                anchor = isEntityObject(c) ? Anchor.entity(g, frag, c, path, saved, c)
                        : saved == null ? null : saved.with(c);
                objectSelections(g, frag, c, ss.getSelections(), path, provided == null ? null : provided, conds);
                anchor = saved;
            }
        }

        private void objectSelections(FetchGroup g, SelectionTree target, String type, List<Selection> sels,
                                      List<String> path, Provided provided, List<Directive> conds) {
            for (Selection<?> s : sels) {
                if (s instanceof Field f) {
                    List<Directive> fc = concat(conds, skipInclude(f.getDirectives()));
                    if (f.getName().equals("__typename")) {
                        target.field(f.getAlias(), "__typename", List.of(), fc, false);
                        touch(g);
                    } else {
                        field(g, target, type, f, path, provided, fc);
                    }
                } else if (s instanceof InlineFragment fr) {
                    String tc = fr.getTypeCondition() == null ? null : fr.getTypeCondition().getName();
                    if (applies(tc, type)) {
                        objectSelections(g, target, type, fr.getSelectionSet().getSelections(), path, provided,
                                concat(conds, skipInclude(fr.getDirectives())));
                    }
                } else if (s instanceof FragmentSpread sp) {
                    FragmentDefinition fd = fragments.get(sp.getName());
                    if (fd != null && applies(fd.getTypeCondition().getName(), type)) {
                        objectSelections(g, target, type, fd.getSelectionSet().getSelections(), path, provided,
                                concat(conds, skipInclude(sp.getDirectives())));
                    }
                }
            }
        }

        private void field(FetchGroup g, SelectionTree target, String type, Field f, List<String> path,
                           Provided provided, List<Directive> conds) {
            if (sg.field(type, f.getName()) == null) {
                throw new PlanningException("unknown field " + type + "." + f.getName());
            }
            if (local(g.graph, type, f.getName(), provided)) {
                emitLocal(g, target, type, f, path, provided, conds);
                return;
            }
            FetchGroup e;
            try {
                e = jump(g, target, type, f, path, provided, conds);
            } catch (PlanningException noKeyPath) {
                for (Anchor a = anchor; a != null; a = a.outer()) {
                    if (valueTypeFallback(a, type, f, path, conds)) {
                        return;
                    }
                }
                throw noKeyPath;
            }
            Anchor saved = anchor;
            anchor = new Anchor(e, e.selection, type, path, List.of());
            emitLocal(e, e.selection, e.typeCondition != null ? e.typeCondition : type, f, path, null, conds);
            anchor = saved;
        }

        /**
         * An interface that the current subgraph only knows as an {@code @interfaceObject}: it cannot tell the
         * concrete type, so the selection goes (by the interface's key) to a subgraph that has the interface and
         * its implementations, which answers with the concrete {@code __typename}.
         */
        private void interfaceObjectPosition(FetchGroup g, SelectionTree target, String iface, SelectionSet ss,
                                             List<String> path, List<Directive> conds) {
            for (String graph : sg.graphs().keySet()) {
                if (graph.equals(g.graph) || !sg.typeIn(iface, graph) || sg.isInterfaceObjectIn(iface, graph)) {
                    continue;
                }
                for (JoinType k : sg.keys(iface, graph)) {
                    if (!k.resolvable() || !canProvide(g.graph, iface, FieldSets.parse(k.key()))) {
                        continue;
                    }
                    target.typename();
                    copyKeyFields(FieldSets.parse(k.key()), target);
                    touch(g);
                    FetchGroup e = entityGroup(graph, path, iface, g, conds, "concrete type");
                    e.typeCondition = iface;
                    e.requires.typename();
                    copyFieldSet(FieldSets.parse(k.key()), e.requires);
                    e.keySource = target;
                    // Interface fields this subgraph resolves come with its own answer; only the rest (and the
                    // concrete __typename) is asked of the subgraph that knows the implementations.
                    List<Selection> rest = ownInterfaceFields(g, target, iface, ss, path, conds);
                    Anchor saved = anchor;
                    anchor = null;
                    selectionSetFor(e, e.selection, iface, ss.transform(b -> b.selections(rest)), path, null,
                            conds);
                    anchor = saved;
                    return;
                }
            }
            throw new PlanningException("subgraph " + sg.graph(g.graph).name() + " returns " + iface
                    + " as an @interfaceObject and no subgraph that knows its implementations can be reached by key");
        }

        /**
         * Emits the fields of {@code iface} that the interface-object subgraph of {@code g} resolves (also inside
         * fragments on the interface itself) into {@code g}'s own fetch; returns the selections left for the
         * subgraph that knows the implementations.
         */
        private List<Selection> ownInterfaceFields(FetchGroup g, SelectionTree target, String iface, SelectionSet ss,
                                                   List<String> path, List<Directive> conds) {
            List<Selection> rest = new ArrayList<>();
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f && !f.getName().equals("__typename")
                        && local(g.graph, iface, f.getName(), null)) {
                    field(g, target, iface, f, path, null, concat(conds, skipInclude(f.getDirectives())));
                } else if (s instanceof InlineFragment fr && (fr.getTypeCondition() == null
                        || fr.getTypeCondition().getName().equals(iface))) {
                    List<Selection> inner = ownInterfaceFields(g, target, iface, fr.getSelectionSet(), path,
                            concat(conds, skipInclude(fr.getDirectives())));
                    if (!inner.isEmpty()) {
                        rest.add(fr.transform(b -> b.selectionSet(fr.getSelectionSet().transform(
                                sb -> sb.selections(inner)))));
                    }
                } else {
                    rest.add(s);
                }
            }
            return rest;
        }

        private boolean isEntityObject(String type) {
            return sg.isEntity(type) && api.getType(type) instanceof GraphQLObjectType;
        }

        /**
         * A field of a value type that the current subgraph does not resolve (e.g. a {@code @shareable} type whose
         * fields differ between subgraphs): fetch the whole way to it, from the nearest entity (by key) or from the
         * query root, out of a subgraph that resolves every step.
         */
        private boolean valueTypeFallback(Anchor a, String type, Field f, List<String> path,
                                          List<Directive> conds) {
            boolean root = a.type().equals(sg.queryType()) && a.path().isEmpty();
            String best = null;
            List<String> bestHops = null;
            for (String graph : sg.graphs().keySet()) {
                if (graph.equals(a.group().graph) || !chainResolvable(graph, a, type, f.getName())) {
                    continue;
                }
                List<String> hops = root ? List.of() : route(a.type(), a.group().graph, graph);
                if (hops == null || (!root && hops.isEmpty())) {
                    continue;
                }
                if (bestHops == null || hops.size() < bestHops.size()) {
                    best = graph;
                    bestHops = hops;
                }
            }
            if (best == null) {
                return false;
            }
            FetchGroup dest;
            if (root) {
                String g = best;
                dest = roots.stream().filter(r -> r.graph.equals(g)).findFirst().orElseGet(() -> newRoot(g, conds));
            } else {
                FetchGroup cur = a.group();
                SelectionTree curTarget = a.target();
                for (String hop : bestHops) {
                    JoinType key = providableKey(a.type(), cur.graph, hop);
                    curTarget.typename();
                    copyKeyFields(FieldSets.parse(key.key()), curTarget);
                    touch(cur);
                    FetchGroup next = entityGroup(hop, a.path(), a.type(), cur, conds, null);
                    next.requires.typename();
                    copyFieldSet(FieldSets.parse(key.key()), next.requires);
                    next.keySource = curTarget;
                    cur = next;
                    curTarget = next.selection;
                }
                dest = cur;
            }
            SelectionTree t = dest.selection;
            for (Object step : a.chain()) {
                if (step instanceof Field sf) {
                    t = t.field(sf.getAlias(), sf.getName(), sf.getArguments(), List.of(), true);
                } else {
                    t = t.fragment((String) step, List.of());
                }
            }
            Anchor saved = anchor;
            anchor = new Anchor(dest, dest.selection, a.type(), a.path(), a.chain(), a.outer());
            emitLocal(dest, t, type, f, path, null, conds);
            anchor = saved;
            return true;
        }

        /** Whether {@code graph} resolves every step from the anchor down to {@code type.field}. */
        private boolean chainResolvable(String graph, Anchor a, String type, String field) {
            String at = a.type();
            for (Object step : a.chain()) {
                if (step instanceof Field sf) {
                    if (!local(graph, at, sf.getName(), null)) {
                        return false;
                    }
                    at = sg.field(at, sf.getName()).typeName();
                } else {
                    at = (String) step;
                    if (!sg.typeIn(at, graph)) {
                        return false;
                    }
                }
            }
            return at.equals(type) && local(graph, type, field, null);
        }

        private void emitLocal(FetchGroup g, SelectionTree target, String type, Field f, List<String> path,
                               Provided provided, List<Directive> conds) {
            GraphQLFieldDefinition def = ((GraphQLFieldsContainer) api.getType(type)).getFieldDefinition(f.getName());
            if (def == null) {
                throw new PlanningException("unknown field " + type + "." + f.getName());
            }
            GraphQLNamedType named = (GraphQLNamedType) graphql.schema.GraphQLTypeUtil.unwrapAll(def.getType());
            boolean composite = named instanceof GraphQLCompositeType;
            SelectionTree sub = target == requiresTarget && f.getAlias() == null && conds.isEmpty()
                    ? target.keyField(f.getName(), f.getArguments(), composite)
                    : target.field(f.getAlias(), f.getName(), f.getArguments(), conds, composite);
            touch(g);
            if (composite) {
                List<String> childPath = new ArrayList<>(path);
                childPath.add(f.getResultKey());
                GraphQLType t = def.getType();
                while (true) {
                    if (t instanceof GraphQLNonNull nn) {
                        t = nn.getWrappedType();
                    } else if (t instanceof GraphQLList l) {
                        childPath.add("@");
                        t = l.getWrappedType();
                    } else {
                        break;
                    }
                }
                Provided child = provided == null ? null : provided.sub(f.getName());
                if (child != null && !sg.resolves(g.graph, type, f.getName())) {
                    child = child.strict();
                }
                String provides = sg.provides(g.graph, type, f.getName());
                if (provides != null && sg.resolves(g.graph, type, f.getName())) {
                    child = Provided.merge(child, Provided.of(FieldSets.parse(provides)));
                }
                Anchor saved = anchor;
                anchor = isEntityObject(named.getName())
                        ? Anchor.entity(g, sub, named.getName(), childPath, saved, f)
                        : saved == null ? null : saved.with(f);
                selectionSetFor(g, sub, named.getName(), f.getSelectionSet(), childPath, child, List.of());
                anchor = saved;
            }
        }

        /** Whether {@code graph} can return {@code type.field} inside its current fetch. */
        private boolean local(String graph, String type, String field, Provided provided) {
            if (provided != null && provided.isStrict()) {
                return provided.has(field) && sg.declares(graph, type, field);
            }
            if (sg.resolves(graph, type, field) && sg.requires(graph, type, field) == null) {
                return true;
            }
            return provided != null && provided.has(field) && sg.declares(graph, type, field);
        }

        /** Creates (or reuses) the entity fetch that resolves {@code type.f}, adding keys where they come from. */
        private FetchGroup jump(FetchGroup g, SelectionTree target, String type, Field f, List<String> path,
                                Provided provided, List<Directive> conds) {
            List<String> candidates = sg.resolvers(type, f.getName());
            List<String> bestHops = null;
            int bestScore = Integer.MAX_VALUE;
            for (String c : candidates) {
                List<String> hops = route(type, g.graph, c);
                if (hops == null) {
                    continue;
                }
                int score = hops.size() * 100 + subCost(c, type, f, 3) * 100
                        + (entityGroups.containsKey(groupKey(c, path, type, hops.size() == 1 ? g : null)) ? 0 : 1);
                if (score < bestScore) {
                    bestScore = score;
                    bestHops = hops;
                }
            }
            if (bestHops == null) {
                FetchGroup viaInterface = interfaceObjectJump(g, target, type, f, path, conds);
                if (viaInterface != null) {
                    return viaInterface;
                }
                throw new PlanningException("cannot plan " + type + "." + f.getName() + " at "
                        + String.join(".", path) + ": no subgraph resolving it can be reached from subgraph "
                        + sg.graph(g.graph).name() + " through @key");
            }
            FetchGroup cur = g;
            SelectionTree curTarget = target;
            for (int i = 0; i < bestHops.size(); i++) {
                String hop = bestHops.get(i);
                JoinType key = providableKey(type, cur.graph, hop);
                curTarget.typename();
                copyKeyFields(FieldSets.parse(key.key()), curTarget);
                touch(cur);
                boolean last = i == bestHops.size() - 1;
                String requires = last ? sg.requires(hop, type, f.getName()) : null;
                FetchGroup next = entityGroup(hop, path, type, cur, conds, null);
                if (requires != null) {
                    Set<FetchGroup> log = new LinkedHashSet<>();
                    touchLogs.push(log);
                    SelectionTree savedRequires = requiresTarget;
                    requiresTarget = target;
                    try {
                        objectSelections(g, target, type, FieldSets.parse(requires).getSelections(), path, provided,
                                List.of());
                    } finally {
                        requiresTarget = savedRequires;
                        touchLogs.pop();
                    }
                    FetchGroup candidate = next;
                    boolean cyclic = log.contains(candidate)
                            || log.stream().anyMatch(x -> x.dependsOnTransitively(candidate));
                    if (cyclic) {
                        next = entityGroup(hop, path, type, cur, conds, "after" + log.stream().map(x -> x.id)
                                .sorted().toList());
                    }
                    for (FetchGroup x : log) {
                        if (x != next) {
                            next.dependsOn.add(x);
                        }
                    }
                    copyFieldSet(FieldSets.parse(requires), next.requires);
                }
                next.requires.typename();
                copyFieldSet(FieldSets.parse(key.key()), next.requires);
                next.keySource = curTarget;
                cur = next;
                curTarget = next.selection;
            }
            return cur;
        }

        /**
         * A field of an interface implementation that an {@code @interfaceObject} subgraph adds: jump by the
         * interface's key, with representations typed as the interface.
         */
        private FetchGroup interfaceObjectJump(FetchGroup g, SelectionTree target, String type, Field f,
                                               List<String> path, List<Directive> conds) {
            if (!(api.getType(type) instanceof GraphQLObjectType obj)) {
                return null;
            }
            for (var iface : obj.getInterfaces()) {
                String i = iface.getName();
                for (String graph : sg.graphs().keySet()) {
                    if (!sg.isInterfaceObjectIn(i, graph) || !sg.resolves(graph, i, f.getName())) {
                        continue;
                    }
                    for (JoinType k : sg.keys(i, graph)) {
                        if (!k.resolvable() || !canProvide(g.graph, type, FieldSets.parse(k.key()))) {
                            continue;
                        }
                        target.typename();
                        copyKeyFields(FieldSets.parse(k.key()), target);
                        touch(g);
                        FetchGroup e = entityGroup(graph, path, type, g, conds, "as " + i);
                        e.typeCondition = i;
                        e.requires.typename();
                        copyFieldSet(FieldSets.parse(k.key()), e.requires);
                        e.keySource = target;
                        return e;
                    }
                }
            }
            return null;
        }

        private String groupKey(String graph, List<String> path, String type, FetchGroup parent) {
            return graph + "|" + String.join(".", path) + "|" + type + "|" + (parent == null ? "?" : parent.id);
        }

        private FetchGroup entityGroup(String graph, List<String> path, String type, FetchGroup parent,
                                       List<Directive> conds, String suffix) {
            String key = groupKey(graph, path, type, parent) + (suffix == null ? "" : "|" + suffix);
            FetchGroup existing = entityGroups.get(key);
            if (existing != null) {
                existing.useUnder(conds);
                return existing;
            }
            FetchGroup g = new FetchGroup(groups.size(), graph, path, type, parent, conds);
            groups.add(g);
            entityGroups.put(key, g);
            return g;
        }

        private void touch(FetchGroup g) {
            for (Set<FetchGroup> log : touchLogs) {
                log.add(g);
            }
        }

        // ---- keys and routes ----

        /** Shortest chain of subgraphs (excluding {@code from}) whose keys lead from {@code from} to {@code to}. */
        private List<String> route(String type, String from, String to) {
            if (from.equals(to)) {
                return sg.keys(type, to).stream().anyMatch(JoinType::resolvable) ? List.of(to) : null;
            }
            Map<String, String> prev = new LinkedHashMap<>();
            Deque<String> queue = new ArrayDeque<>();
            queue.add(from);
            prev.put(from, null);
            while (!queue.isEmpty()) {
                String s = queue.poll();
                for (String x : sg.graphs().keySet()) {
                    if (prev.containsKey(x) || providableKey(type, s, x) == null) {
                        continue;
                    }
                    prev.put(x, s);
                    if (x.equals(to)) {
                        List<String> hops = new ArrayList<>();
                        for (String at = to; !at.equals(from); at = prev.get(at)) {
                            hops.addFirst(at);
                        }
                        return hops;
                    }
                    queue.add(x);
                }
            }
            return null;
        }

        /** A resolvable key of {@code type} in {@code to} whose fields {@code from} can return, or null. */
        private JoinType providableKey(String type, String from, String to) {
            if (!(api.getType(type) instanceof GraphQLObjectType) || !sg.typeIn(type, from)) {
                return null;
            }
            for (JoinType k : sg.keys(type, to)) {
                if (k.resolvable() && canProvide(from, type, FieldSets.parse(k.key()))) {
                    return k;
                }
            }
            return null;
        }

        private boolean canProvide(String graph, String type, SelectionSet ss) {
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f) {
                    boolean ok = sg.resolves(graph, type, f.getName())
                            || (sg.declares(graph, type, f.getName()) && inOwnKey(graph, type, f.getName()));
                    if (!ok) {
                        return false;
                    }
                    if (f.getSelectionSet() != null) {
                        String sub = sg.field(type, f.getName()).typeName();
                        for (Selection<?> inner : f.getSelectionSet().getSelections()) {
                            if (inner instanceof Field nf && !sg.declares(graph, sub, nf.getName())) {
                                return false;
                            }
                        }
                    }
                } else if (s instanceof InlineFragment fr) {
                    if (!canProvide(graph, fr.getTypeCondition() == null ? type : fr.getTypeCondition().getName(),
                            fr.getSelectionSet())) {
                        return false;
                    }
                }
            }
            return true;
        }

        private boolean inOwnKey(String graph, String type, String field) {
            for (JoinType k : sg.keys(type, graph)) {
                for (Selection<?> s : FieldSets.parse(k.key()).getSelections()) {
                    if (s instanceof Field f && f.getName().equals(field)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Adds key fields to a fetch's selection, marked as the planner's own. */
        private void copyKeyFields(SelectionSet ss, SelectionTree into) {
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f) {
                    SelectionTree sub = into.keyField(f.getName(), f.getArguments(), f.getSelectionSet() != null);
                    if (sub != null) {
                        copyKeyFields(f.getSelectionSet(), sub);
                    }
                } else if (s instanceof InlineFragment fr) {
                    copyKeyFields(fr.getSelectionSet(), into.fragment(fr.getTypeCondition().getName(), List.of()));
                }
            }
        }

        private void copyFieldSet(SelectionSet ss, SelectionTree into) {
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f) {
                    SelectionTree sub = into.field(f.getAlias(), f.getName(), f.getArguments(), List.of(),
                            f.getSelectionSet() != null);
                    if (sub != null) {
                        copyFieldSet(f.getSelectionSet(), sub);
                    }
                } else if (s instanceof InlineFragment fr) {
                    copyFieldSet(fr.getSelectionSet(), into.fragment(fr.getTypeCondition().getName(), List.of()));
                }
            }
        }

        // ---- cost ----

        /** Number of fields under {@code type.f} that {@code graph} cannot return itself (a rough jump count). */
        private int subCost(String graph, String type, Field f, int depth) {
            if (f.getSelectionSet() == null || depth == 0) {
                return 0;
            }
            String named = sg.field(type, f.getName()) == null ? null : sg.field(type, f.getName()).typeName();
            if (named == null) {
                return 0;
            }
            return selectionCost(graph, named, f.getSelectionSet(), depth - 1, new HashSet<>());
        }

        private int selectionCost(String graph, String type, SelectionSet ss, int depth, Set<String> seenFragments) {
            int cost = 0;
            for (Selection<?> s : ss.getSelections()) {
                if (s instanceof Field f) {
                    if (f.getName().startsWith("__")) {
                        continue;
                    }
                    if (sg.field(type, f.getName()) == null) {
                        continue;
                    }
                    if (!sg.resolves(graph, type, f.getName())) {
                        cost++;
                    } else {
                        cost += subCost(graph, type, f, depth);
                    }
                } else if (s instanceof InlineFragment fr) {
                    String tc = fr.getTypeCondition() == null ? type : fr.getTypeCondition().getName();
                    cost += selectionCost(graph, tc, fr.getSelectionSet(), depth, seenFragments);
                } else if (s instanceof FragmentSpread sp && seenFragments.add(sp.getName())) {
                    FragmentDefinition fd = fragments.get(sp.getName());
                    if (fd != null) {
                        cost += selectionCost(graph, fd.getTypeCondition().getName(), fd.getSelectionSet(), depth,
                                seenFragments);
                    }
                }
            }
            return cost;
        }

        // ---- types ----

        private boolean applies(String typeCondition, String objectType) {
            if (typeCondition == null || typeCondition.equals(objectType)) {
                return true;
            }
            GraphQLType tc = api.getType(typeCondition);
            if (tc instanceof GraphQLInterfaceType || tc instanceof GraphQLUnionType) {
                return possibleTypes(typeCondition).contains(objectType);
            }
            return false;
        }

        private List<String> possibleTypes(String abstractType) {
            GraphQLType t = api.getType(abstractType);
            if (t instanceof GraphQLObjectType) {
                return List.of(abstractType);
            }
            return possible.computeIfAbsent(abstractType, k -> {
                List<String> out = new ArrayList<>();
                if (t instanceof GraphQLInterfaceType i) {
                    api.getImplementations(i).forEach(o -> out.add(o.getName()));
                } else if (t instanceof GraphQLUnionType u) {
                    u.getTypes().forEach(o -> out.add(o.getName()));
                }
                out.sort(null);
                return List.copyOf(out);
            });
        }
    }

    /**
     * The nearest position above the current field that another subgraph can be entered at: an entity object
     * fetched by {@code group} into {@code target}, or the query root. {@code chain} holds the fields (and type
     * conditions) from there down to the current selection.
     */
    private record Anchor(FetchGroup group, SelectionTree target, String type, List<String> path,
                          List<Object> chain, Anchor outer) {
        Anchor(FetchGroup group, SelectionTree target, String type, List<String> path, List<Object> chain) {
            this(group, target, type, path, chain, null);
        }

        Anchor with(Object step) {
            List<Object> c = new ArrayList<>(chain);
            c.add(step);
            return new Anchor(group, target, type, path, List.copyOf(c), outer == null ? null : outer.with(step));
        }

        /** An anchor at an entity object, keeping the enclosing one for entities no other subgraph can enter. */
        static Anchor entity(FetchGroup group, SelectionTree target, String type, List<String> path, Anchor enclosing,
                             Object step) {
            return new Anchor(group, target, type, path, List.of(), enclosing == null ? null : enclosing.with(step));
        }
    }

    static List<Directive> skipInclude(List<Directive> directives) {
        List<Directive> out = new ArrayList<>();
        for (Directive d : directives) {
            if (d.getName().equals("skip") || d.getName().equals("include")) {
                out.add(d);
            }
        }
        return out;
    }

    static List<Directive> concat(List<Directive> a, List<Directive> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Directive> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
