package gg.arena.bench.tick;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * One match tick for 10 players: simulate + delta-encode + sign a snapshot per player (the aim is a p99
 * under 400 µs per tick), and the simulation step alone. Sample mode, so JMH reports percentiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchTickBenchmark {

    @Param({"10"})
    public int players;

    private MatchTick match;

    @Setup(Level.Trial)
    public void setUp() {
        match = new MatchTick(players, 42);
        for (int i = 0; i < 300; i++) {
            match.tick(); // projectiles in flight, deltas against acknowledged baselines
        }
    }

    @Benchmark
    public int simulateAndEncode() {
        return match.tick();
    }

    @Benchmark
    public long simulateOnly() {
        return match.step();
    }
}
