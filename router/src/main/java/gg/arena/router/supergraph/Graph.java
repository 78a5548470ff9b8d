package gg.arena.router.supergraph;

/**
 * One subgraph of the supergraph, from a {@code join__Graph} enum value.
 *
 * @param id   the enum value (e.g. {@code PLAYERS}), which the join directives refer to
 * @param name the subgraph name from {@code @join__graph(name:)}
 * @param url  the routing URL from {@code @join__graph(url:)}
 */
public record Graph(String id, String name, String url) {
}
