package gg.arena.router.plan;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.HashMap;
import java.util.Map;

/**
 * Fields a subgraph returns under a {@code @provides} field although they are external there. Below a field that
 * is only provided (external in the subgraph) the set is {@linkplain #strict() strict}: the subgraph returns nothing
 * else there, even fields its own definition of the type declares.
 */
final class Provided {
    private final Map<String, Provided> fields = new HashMap<>();
    private boolean strict;

    static Provided of(SelectionSet ss) {
        Provided p = new Provided();
        p.add(ss);
        return p;
    }

    private void add(SelectionSet ss) {
        for (Selection<?> s : ss.getSelections()) {
            if (s instanceof Field f) {
                Provided sub = fields.computeIfAbsent(f.getName(), k -> new Provided());
                if (f.getSelectionSet() != null) {
                    sub.add(f.getSelectionSet());
                }
            } else if (s instanceof InlineFragment fr) {
                add(fr.getSelectionSet());
            }
        }
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    Provided sub(String field) {
        return fields.get(field);
    }

    boolean isStrict() {
        return strict;
    }

    /** This set, for a position reached through a field that is only provided. */
    Provided strict() {
        Provided out = new Provided();
        out.fields.putAll(fields);
        out.strict = true;
        return out;
    }

    static Provided merge(Provided a, Provided b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Provided out = new Provided();
        out.strict = a.strict && b.strict;
        out.fields.putAll(a.fields);
        b.fields.forEach((k, v) -> out.fields.merge(k, v, Provided::merge));
        return out;
    }
}
