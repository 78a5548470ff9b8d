package gg.arena.router.plan;

/**
 * The plan of one operation.
 *
 * @param operationKind query, mutation or subscription
 * @param node          the root node, null when no subgraph needs to be asked (e.g. introspection only)
 */
public record QueryPlan(String operationKind, PlanNode node) {
}
