package gg.arena.router.reload;

import gg.arena.router.supergraph.Supergraph;

import java.time.Instant;

/**
 * Which supergraph a {@link RouterSnapshot} serves.
 *
 * @param supergraph the parsed supergraph
 * @param hash       {@link Fingerprints#supergraph short content hash}, shown on {@code /health} and in logs
 * @param since      when this supergraph started being served
 */
public record ServedSupergraph(Supergraph supergraph, String hash, Instant since) {

    public static ServedSupergraph of(Supergraph supergraph) {
        return new ServedSupergraph(supergraph, Fingerprints.supergraph(supergraph.document()), Instant.now());
    }
}
