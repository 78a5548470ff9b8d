package gg.arena.schema.compose;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.parser.Parser;

import java.util.List;
import java.util.Optional;

/** Field sets of {@code @key}, {@code @requires} and {@code @provides}: {@code "id"}, {@code "owner { id }"}. */
final class FieldSets {

    private FieldSets() {
    }

    /** The selection of a field set, or empty when it does not parse. */
    static Optional<SelectionSet> parse(String fieldSet) {
        try {
            Document document = Parser.parse("{" + fieldSet + "}");
            return Optional.of(((OperationDefinition) document.getDefinitions().getFirst()).getSelectionSet());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The names of the top-level fields of a field set. */
    static List<String> topLevelFields(String fieldSet) {
        return parse(fieldSet).map(s -> s.getSelections().stream()
                .filter(Field.class::isInstance).map(f -> ((Field) f).getName()).toList()).orElse(List.of());
    }

    static List<Field> fields(SelectionSet set) {
        return set == null ? List.of() : set.getSelections().stream()
                .filter(Field.class::isInstance).map(Field.class::cast).toList();
    }

    static boolean hasFragments(SelectionSet set) {
        return set != null && set.getSelections().stream().anyMatch(s -> !(s instanceof Field));
    }
}
