package gg.arena.schema.compose;

import gg.arena.schema.SubgraphList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * One subgraph to compose.
 *
 * @param name the subgraph's name; {@code join__graph(name:)} in the supergraph
 * @param url  its routing URL; {@code join__graph(url:)}
 * @param sdl  the Federation 2 SDL it serves ({@code _service { sdl }})
 */
public record SubgraphSource(String name, String url, String sdl) {

    /** The subgraphs of a subgraph list, with the SDL files it points at read. */
    public static List<SubgraphSource> readAll(SubgraphList list) {
        return list.subgraphs().stream().map(s -> {
            try {
                return new SubgraphSource(s.name(), s.routingUrl(), Files.readString(s.sdlFile(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the SDL of subgraph " + s.name() + ": " + s.sdlFile(), e);
            }
        }).toList();
    }
}
