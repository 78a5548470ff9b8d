package gg.arena.router.plan;

import java.util.List;

/**
 * Turns the plan of a subscription operation into a {@link PlanNode.Subscription}: its one root fetch becomes the
 * primary (the upstream subscription), everything after it becomes the rest that runs per event. The planner builds
 * a subscription like a query with one root field, so its plan is that root fetch alone or a Sequence starting with
 * it.
 */
final class SubscriptionPlans {
    private SubscriptionPlans() {
    }

    static PlanNode split(PlanNode node) {
        if (node instanceof PlanNode.Fetch primary) {
            return new PlanNode.Subscription(primary, null);
        }
        if (node instanceof PlanNode.Sequence seq && seq.nodes().getFirst() instanceof PlanNode.Fetch primary
                && "subscription".equals(primary.operationKind())) {
            List<PlanNode> rest = seq.nodes().subList(1, seq.nodes().size());
            return new PlanNode.Subscription(primary, rest.size() == 1 ? rest.getFirst()
                    : new PlanNode.Sequence(rest));
        }
        if (node == null) {
            throw new PlanningException("a subscription needs a root field that a subgraph resolves");
        }
        // A root field under @skip/@include (or several root fields) would leave no single primary fetch.
        throw new PlanningException("a subscription must select exactly one root field, without @skip/@include");
    }
}
