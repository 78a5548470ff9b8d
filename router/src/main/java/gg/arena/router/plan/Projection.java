package gg.arena.router.plan;

import java.util.List;

/**
 * A field selection without aliases or arguments, used to cut entity representations out of fetched data
 * (keys and required fields).
 *
 * @param entries fields and type-conditioned groups, in order
 */
public record Projection(List<Entry> entries) {
    public Projection {
        entries = List.copyOf(entries);
    }

    /**
     * A field ({@code typeCondition} null) or a group of entries that applies only when the object's
     * {@code __typename} is {@code typeCondition} ({@code name} null). {@code dataKey} is where the fetched data
     * holds the field when that is not its name (a key field the planner had to alias); null otherwise.
     */
    public record Entry(String name, String typeCondition, Projection sub, String dataKey) {
    }

    /** Text form, e.g. {@code ... on Product {__typename upc}}. */
    public String print() {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Entry e : entries) {
            if (!first) {
                sb.append(' ');
            }
            first = false;
            if (e.name() != null) {
                sb.append(e.name());
            } else {
                sb.append("... on ").append(e.typeCondition());
            }
            if (e.sub() != null) {
                sb.append(e.sub().print());
            }
        }
        return sb.append('}').toString();
    }
}
