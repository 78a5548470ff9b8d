package gg.arena.router.testing;

import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.SubgraphConfig;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subgraphs of one conformance fixture running in-process, and a router config pointing at them. */
public final class FixtureRouter implements AutoCloseable {
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private final Supergraph supergraph;
    private final Map<String, FixtureSubgraph> subgraphs = new LinkedHashMap<>();
    private final Path supergraphFile;

    public FixtureRouter(String fixture) throws IOException {
        Path dir = FIXTURES.resolve(fixture);
        this.supergraphFile = dir.resolve("supergraph.graphql");
        this.supergraph = SupergraphParser.parse(Files.readString(supergraphFile), fixture);
        for (var g : supergraph.graphs().values()) {
            subgraphs.put(g.name(), FixtureSubgraph.load(dir.resolve("subgraphs"), g.name()));
        }
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    public FixtureSubgraph subgraph(String name) {
        return subgraphs.get(name);
    }

    public RouterConfig config(int port) {
        Map<String, SubgraphConfig> urls = new HashMap<>();
        subgraphs.forEach((n, s) -> urls.put(n, new SubgraphConfig(List.of(s.url()), null)));
        return new RouterConfig(supergraphFile, port, urls, Duration.ofSeconds(5), 100, true);
    }

    public void reset() {
        subgraphs.values().forEach(FixtureSubgraph::reset);
    }

    @Override
    public void close() {
        new ArrayList<>(subgraphs.values()).forEach(FixtureSubgraph::close);
    }
}
