package gg.arena.router.plan;

import graphql.language.Directive;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A fetch being assembled by the planner: one subgraph, one merge path, one dependency level. */
final class FetchGroup {
    final int id;
    final String graph;
    final List<String> path;
    /** Entity type of an {@code _entities} fetch; null for a root fetch. */
    final String entityType;
    /** The interface an {@code @interfaceObject} subgraph knows {@link #entityType} by; null otherwise. */
    String typeCondition;
    final FetchGroup parent;
    final SelectionTree selection = new SelectionTree();
    /** Representation selection (entity fetches): {@code __typename}, key fields, required fields. */
    final SelectionTree requires = new SelectionTree();
    final Set<FetchGroup> dependsOn = new LinkedHashSet<>();
    /** The selection (in the parent fetch) that the key fields of this entity fetch were added to. */
    SelectionTree keySource;
    /** {@code @skip}/{@code @include} under which every use of this group was planned; empty when unconditional. */
    List<Directive> conditions;

    FetchGroup(int id, String graph, List<String> path, String entityType, FetchGroup parent,
               List<Directive> conditions) {
        this.id = id;
        this.graph = graph;
        this.path = List.copyOf(path);
        this.entityType = entityType;
        this.parent = parent;
        this.conditions = List.copyOf(conditions);
        if (parent != null) {
            dependsOn.add(parent);
        }
    }

    void useUnder(List<Directive> conds) {
        if (!conditions.isEmpty() && !PlanText.sameDirectives(conditions, conds)) {
            conditions = List.of();
        }
    }

    boolean dependsOnTransitively(FetchGroup other) {
        for (FetchGroup d : dependsOn) {
            if (d == other || d.dependsOnTransitively(other)) {
                return true;
            }
        }
        return false;
    }
}
