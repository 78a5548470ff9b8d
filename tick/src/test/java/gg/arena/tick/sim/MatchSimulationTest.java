package gg.arena.tick.sim;

import gg.arena.tick.wire.InputCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatchSimulationTest {

    final GameRules rules = GameRules.defaults();

    MatchSimulation match(MatchListener listener, String... players) {
        return new MatchSimulation("m-1", List.of(players), rules, 7, listener);
    }

    @Test
    void tickRateIsLimitedTo10To128() {
        assertThatThrownBy(() -> rules.withTickRate(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withTickRate(129)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rules.withTickRate(128).tickRate()).isEqualTo(128);
    }

    @Test
    void playersNeverMoveFasterThanTheMaxSpeedWhateverTheySend() {
        MatchSimulation m = match(MatchListener.NONE, "a", "b");
        m.place(0, 0, 0);
        // a flood: 10 inputs per tick, each at full (even over-long diagonal) stick
        for (int t = 0; t < 30; t++) {
            for (int k = 0; k < 10; k++) {
                m.offerInput(0, t * 10L + k, new InputCommand(127, 127, 0, 0));
            }
            m.step();
        }
        PlayerView p = m.view().players().get(0);
        double moved = Math.hypot(p.x(), p.y());
        assertThat(moved).isLessThanOrEqualTo(rules.maxSpeed() * 1.0 + 1); // one second at most
        assertThat(moved).isGreaterThan(rules.maxSpeed() * 0.5);
    }

    @Test
    void missingInputsRepeatTheLastOne() {
        MatchSimulation m = match(MatchListener.NONE, "a");
        m.place(0, 0, 0);
        m.offerInput(0, 0, new InputCommand(127, 0, 0, 0));
        for (int t = 0; t < 3; t++) {
            m.step();
        }
        assertThat(m.view().players().get(0).x()).isEqualTo(3 * rules.maxSpeed() / rules.tickRate());
    }

    @Test
    void fireRateIsEnforced() {
        MatchSimulation m = match(MatchListener.NONE, "a");
        m.place(0, 0, 0);
        int shots = 0;
        int lastId = -1;
        for (int t = 0; t < 90; t++) {
            m.offerInput(0, t, new InputCommand(0, 0, 0, InputCommand.FIRE));
            m.step();
            for (ProjectileView p : m.view().projectiles()) {
                if (p.id() > lastId) {
                    lastId = p.id();
                    shots++;
                }
            }
        }
        int cooldownTicks = rules.ticks(rules.fireCooldown());
        assertThat(shots).isEqualTo((90 + cooldownTicks - 1) / cooldownTicks);
    }

    @Test
    void hitsKillScoreAndRespawn() {
        List<String> kills = new ArrayList<>();
        MatchSimulation m = match(new MatchListener() {
            @Override
            public void kill(String matchId, long tick, String killer, String victim) {
                kills.add(killer + ">" + victim);
            }
        }, "a", "b");
        m.place(0, 0, 0);
        m.place(1, 500, 0); // aim 0 = +x
        for (int t = 0; t < 120 && kills.isEmpty(); t++) {
            m.offerInput(0, t, new InputCommand(0, 0, 0, InputCommand.FIRE));
            m.step();
        }
        assertThat(kills).containsExactly("a>b");
        PlayerView b = m.view().players().get(1);
        assertThat(b.health()).isZero();
        assertThat(b.flags() & PlayerView.ALIVE).isZero();
        assertThat(m.view().players().get(0).score()).isEqualTo(1);
        for (int t = 0; t < rules.ticks(rules.respawnDelay()) + 1; t++) {
            m.step();
        }
        assertThat(m.view().players().get(1).health()).isEqualTo(GameRules.MAX_HEALTH);
    }

    @Test
    void theMatchEndsAfterItsDurationWithScores() {
        List<Map<String, Integer>> ended = new ArrayList<>();
        MatchSimulation m = new MatchSimulation("m-1", List.of("a", "b"), rules.withDuration(Duration.ofSeconds(1)),
                1, new MatchListener() {
            @Override
            public void ended(String matchId, Map<String, Integer> scores) {
                ended.add(scores);
            }
        });
        for (int t = 0; t < 100; t++) {
            m.step();
        }
        assertThat(m.ended()).isTrue();
        assertThat(m.tick()).isEqualTo(30);
        assertThat(ended).containsExactly(Map.of("a", 0, "b", 0));
    }
}
