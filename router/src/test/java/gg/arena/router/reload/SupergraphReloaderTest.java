package gg.arena.router.reload;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.instrument.RouterInstrumentation;
import gg.arena.router.supergraph.SupergraphParser;
import gg.arena.router.testing.Fixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reloader's decisions for each kind of poll result, driven by a scripted source. */
class SupergraphReloaderTest {
    final Deque<SupergraphSource.Poll> script = new ArrayDeque<>();
    final SupergraphSource source = new SupergraphSource() {
        @Override
        public String describe() {
            return "scripted";
        }

        @Override
        public Poll poll() {
            return script.isEmpty() ? new Poll.Unavailable("script ended") : script.poll();
        }
    };
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final SnapshotFactory factory = new SnapshotFactory(RouterConfig.of(Path.of("scripted"), 4000),
            JsonMapper.builder().build(), RouterInstrumentation.NOOP);
    final String bench = Fixtures.sdl("bench");
    /** The bench supergraph with one more field. */
    final String reviews = bench.replace("  body: String\n  product: Product",
            "  body: String\n  stars: Int\n  product: Product");
    RouterHolder holder;
    SupergraphReloader reloader;
    ListAppender<ILoggingEvent> log;

    @BeforeEach
    void start() {
        holder = new RouterHolder(factory.build(SupergraphParser.parse(bench, "bench")));
        reloader = new SupergraphReloader(source, factory, holder, registry);
        log = ReloadFixtures.capture(SupergraphReloader.class);
    }

    @AfterEach
    void stop() {
        ReloadFixtures.release(SupergraphReloader.class, log);
        holder.close();
    }

    @Test
    void theSameInputIsHandledOnceAndAnUnchangedSupergraphIsNotSwapped() {
        String served = holder.current().served().hash();
        script.add(new SupergraphSource.Poll.Sdl("f0", bench));
        script.add(new SupergraphSource.Poll.Sdl("f0", bench));
        script.add(new SupergraphSource.Poll.Sdl("f1", "# only a comment differs\n" + bench));
        for (int i = 0; i < 3; i++) {
            reloader.pollOnce();
        }
        assertThat(holder.current().served().hash()).isEqualTo(served);
        assertThat(reloader.status().reloads()).isZero();
        assertThat(ReloadFixtures.messages(log)).containsExactly(
                "scripted changed but gives the supergraph already served (" + served + ")");
    }

    @Test
    void aRejectedInputIsLoggedOnceAndTheNextGoodOneIsServed() {
        RouterSnapshot first = holder.current();
        script.add(new SupergraphSource.Poll.Invalid("bad", List.of("[CODE_A] one", "[CODE_B] two")));
        script.add(new SupergraphSource.Poll.Invalid("bad", List.of("[CODE_A] one", "[CODE_B] two")));
        script.add(new SupergraphSource.Poll.Sdl("garbage", "type Query {"));
        script.add(new SupergraphSource.Poll.Sdl("good", reviews));
        reloader.pollOnce();
        reloader.pollOnce();
        assertThat(reloader.status().failedReloads()).isEqualTo(1);
        assertThat(reloader.status().problems()).containsExactly("[CODE_A] one", "[CODE_B] two");
        assertThat(ReloadFixtures.messages(log)).filteredOn(m -> m.startsWith("  ["))
                .containsExactly("  [CODE_A] one", "  [CODE_B] two");
        reloader.pollOnce();
        assertThat(reloader.status().failedReloads()).isEqualTo(2);
        assertThat(holder.current()).isSameAs(first);

        reloader.pollOnce();
        assertThat(holder.current()).isNotSameAs(first);
        assertThat(first.closed()).isTrue();
        assertThat(reloader.status().reloads()).isEqualTo(1);
        assertThat(reloader.status().problems()).isEmpty();
        assertThat(holder.current().router().api().schema().getObjectType("Review").getFieldDefinition("stars"))
                .isNotNull();
        assertThat(registry.get("arena.router.supergraph.reloads").tag("outcome", "success").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get("arena.router.supergraph.reloads").tag("outcome", "failure").counter().count())
                .isEqualTo(2.0);
    }

    @Test
    void anUnavailableSourceIsLoggedOncePerReason() {
        script.add(new SupergraphSource.Poll.Unavailable("subgraph players is down"));
        script.add(new SupergraphSource.Poll.Unavailable("subgraph players is down"));
        script.add(new SupergraphSource.Poll.Unavailable("subgraph matches is down"));
        script.add(new SupergraphSource.Poll.Sdl("f0", bench));
        for (int i = 0; i < 4; i++) {
            reloader.pollOnce();
        }
        assertThat(ReloadFixtures.messages(log)).hasSize(3)
                .anyMatch(m -> m.contains("subgraph players is down"))
                .anyMatch(m -> m.contains("subgraph matches is down"))
                .anyMatch(m -> m.equals("scripted can be read again"));
        assertThat(reloader.status().failedReloads()).isZero();
    }
}
