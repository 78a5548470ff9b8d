package gg.arena.schema.compose;

import gg.arena.schema.ApiSchema;
import gg.arena.schema.Supergraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes Federation 2 subgraph SDLs into a supergraph SDL ({@code link} v1.0, {@code join} v0.5,
 * {@code inaccessible} v0.2 and {@code tag} v0.3 when some element uses them) that federation routers plan with.
 *
 * <p>Example: {@code Composer.compose(List.of(new SubgraphSource("players", url, sdl), …)).supergraphOrThrow()}.
 * A failed composition lists every error found, each naming the subgraph(s), the type or field and
 * the fix; see {@link CompositionError}.
 */
public final class Composer {

    private Composer() {
    }

    public static CompositionResult compose(List<SubgraphSource> sources) {
        List<CompositionError> errors = new ArrayList<>();
        Map<String, SubgraphModel> subgraphs = new LinkedHashMap<>();
        Map<String, String> enumNames = new LinkedHashMap<>();
        for (SubgraphSource source : sources) {
            if (subgraphs.containsKey(source.name())) {
                errors.add(new CompositionError("INVALID_SUBGRAPH_NAME", "Subgraph name \"" + source.name()
                        + "\" is used twice. Give each subgraph its own name."));
                continue;
            }
            String enumName = SupergraphBuilder.enumName(source.name());
            String clash = enumNames.put(enumName, source.name());
            if (clash != null) {
                errors.add(new CompositionError("INVALID_SUBGRAPH_NAME", "Subgraphs \"" + clash + "\" and \""
                        + source.name() + "\" would both be join__Graph." + enumName + ". Rename one of them."));
            }
            try {
                subgraphs.put(source.name(), SubgraphModel.read(source));
            } catch (CompositionException e) {
                errors.addAll(e.errors);
            }
        }
        if (!errors.isEmpty()) {
            return CompositionResult.failure(errors);
        }
        new SubgraphChecks(subgraphs, errors::add).run();
        String sdl = new SupergraphBuilder(List.copyOf(subgraphs.values()), errors::add).build();
        if (errors.isEmpty()) {
            new Satisfiability(subgraphs, errors::add).run();
        }
        if (!errors.isEmpty()) {
            return CompositionResult.failure(errors);
        }
        try {
            ApiSchema.fromSupergraph(Supergraph.parse(sdl));
        } catch (RuntimeException e) {
            return CompositionResult.failure(List.of(new CompositionError("INVALID_SUPERGRAPH",
                    "The merged supergraph is not a valid schema: " + e.getMessage()
                            + ". Check the types named there in every subgraph.")));
        }
        return CompositionResult.success(sdl);
    }
}
