package gg.arena.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subgraphs composed into the supergraph, as listed in {@code schema/subgraphs.yaml} (the same
 * shape as a rover supergraph config):
 *
 * <pre>
 * subgraphs:
 *   players:
 *     routing_url: http://127.0.0.1:4001/graphql
 *     schema:
 *       file: ../subgraphs/players/src/main/resources/schema/players.graphqls
 * </pre>
 *
 * SDL paths are relative to the list's folder. Unknown keys are rejected, so a typo fails loudly.
 *
 * @param subgraphs in the order listed, which is the composition order
 */
public record SubgraphList(List<Subgraph> subgraphs) {

    /**
     * One subgraph.
     *
     * @param name       the subgraph's name; {@code join__graph(name:)} in the supergraph
     * @param routingUrl where the router sends its fetches; {@code join__graph(url:)}
     * @param sdlFile    the SDL the subgraph serves, resolved against the list's folder
     */
    public record Subgraph(String name, String routingUrl, Path sdlFile) {
    }

    public SubgraphList {
        subgraphs = List.copyOf(subgraphs);
    }

    /**
     * Reads a subgraph list.
     *
     * @throws IllegalArgumentException when the file cannot be read, has unknown keys or misses a value
     */
    public static SubgraphList load(Path file) {
        FileShape shape;
        try {
            shape = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(file.toFile(), FileShape.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot read subgraph list " + file + ": " + e.getOriginalMessage(), e);
        }
        if (shape == null || shape.subgraphs() == null || shape.subgraphs().isEmpty()) {
            throw new IllegalArgumentException(file + " lists no subgraphs (expected a \"subgraphs:\" map)");
        }
        Path folder = file.toAbsolutePath().getParent();
        List<Subgraph> subgraphs = new ArrayList<>();
        shape.subgraphs().forEach((name, entry) -> {
            if (entry == null || entry.routingUrl() == null || entry.schema() == null || entry.schema().file() == null) {
                throw new IllegalArgumentException(
                        "subgraph \"" + name + "\" in " + file + " needs routing_url and schema.file");
            }
            subgraphs.add(new Subgraph(name, entry.routingUrl(), folder.resolve(entry.schema().file()).normalize()));
        });
        return new SubgraphList(subgraphs);
    }

    /** The subgraph with this name. */
    public Subgraph get(String name) {
        return subgraphs.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no subgraph named " + name));
    }

    /** Subgraph name → routing URL, in list order. */
    public Map<String, String> routingUrls() {
        Map<String, String> urls = new LinkedHashMap<>();
        subgraphs.forEach(s -> urls.put(s.name(), s.routingUrl()));
        return urls;
    }

    private record FileShape(LinkedHashMap<String, Entry> subgraphs) {
    }

    private record Entry(@JsonProperty("routing_url") String routingUrl, SchemaRef schema) {
    }

    private record SchemaRef(String file) {
    }
}
