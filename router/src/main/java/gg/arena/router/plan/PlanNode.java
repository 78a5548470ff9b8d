package gg.arena.router.plan;

import java.util.List;

/** A node of a query plan: Fetch, Flatten, Sequence, Parallel, Condition or Subscription. Immutable. */
public sealed interface PlanNode permits PlanNode.Fetch, PlanNode.Flatten, PlanNode.Sequence, PlanNode.Parallel,
        PlanNode.Condition, PlanNode.Subscription {

    /**
     * One subgraph request.
     *
     * @param graph          graph id (join__Graph value)
     * @param serviceName    subgraph name
     * @param operationKind  query or mutation
     * @param operation      the GraphQL document sent
     * @param variableUsages client variables the document uses (forwarded by name)
     * @param entityType     for an {@code _entities} fetch, the type of the objects it applies to; null for a root
     *                       fetch
     * @param typeCondition  for an {@code _entities} fetch, the {@code __typename} of its representations: the entity
     *                       type, or the interface an {@code @interfaceObject} subgraph knows it by
     * @param requires       for an {@code _entities} fetch, what a representation holds; null for a root fetch
     * @param selection      for an {@code _entities} fetch, its selection ({@code ... on T {...}}), so the executor
     *                       can send several fetches to one subgraph as aliased {@code _entities} fields of one
     *                       request; null for a root fetch
     * @param variableDefinitions the definitions ({@code $name:Type=default}) of {@code variableUsages}
     */
    record Fetch(String graph, String serviceName, String operationKind, String operation,
                 List<String> variableUsages, String entityType, String typeCondition, Projection requires,
                 String selection, List<String> variableDefinitions)
            implements PlanNode {
        public Fetch {
            variableUsages = List.copyOf(variableUsages);
            variableDefinitions = List.copyOf(variableDefinitions);
        }
    }

    /** Runs {@code node} on every object found at {@code path} ("@" steps into lists). */
    record Flatten(List<String> path, PlanNode node) implements PlanNode {
        public Flatten {
            path = List.copyOf(path);
        }
    }

    /** Runs its nodes one after another. */
    record Sequence(List<PlanNode> nodes) implements PlanNode {
        public Sequence {
            nodes = List.copyOf(nodes);
        }
    }

    /** Runs its nodes at the same time. */
    record Parallel(List<PlanNode> nodes) implements PlanNode {
        public Parallel {
            nodes = List.copyOf(nodes);
        }
    }

    /** Runs {@code ifClause} when the Boolean variable is true, {@code elseClause} otherwise (either may be null). */
    record Condition(String variable, PlanNode ifClause, PlanNode elseClause) implements PlanNode {
    }

    /**
     * The plan of a subscription: {@code primary} is sent once to the subgraph owning the root field (a subscription
     * document over graphql-transport-ws); {@code rest} (entity fetches to other subgraphs, null when there are none)
     * runs for every event the primary delivers, on that event's data.
     */
    record Subscription(Fetch primary, PlanNode rest) implements PlanNode {
    }
}
