package gg.arena.router.supergraph;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

import java.util.concurrent.ConcurrentHashMap;

/** Parses {@code join__FieldSet} strings (keys, requires, provides) into selection sets, memoised. */
public final class FieldSets {
    private static final ConcurrentHashMap<String, SelectionSet> CACHE = new ConcurrentHashMap<>();

    private FieldSets() {
    }

    public static SelectionSet parse(String fieldSet) {
        return CACHE.computeIfAbsent(fieldSet, fs -> {
            Document d = Parser.parse("{" + fs + "}");
            return ((OperationDefinition) d.getDefinitions().getFirst()).getSelectionSet();
        });
    }
}
