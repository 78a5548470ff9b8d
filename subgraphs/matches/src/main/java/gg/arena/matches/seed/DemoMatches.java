package gg.arena.matches.seed;

import gg.arena.matches.domain.GameMode;
import gg.arena.matches.domain.Match;
import gg.arena.matches.domain.MatchStatus;
import gg.arena.matches.domain.Participant;
import gg.arena.matches.domain.Region;
import gg.arena.matches.services.TeamBalancer;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo world's finished matches {@code m-00001} … {@code m-05000}: a pure function of a
 * fixed seed and the end of the time window, so every start builds the same matches (ids,
 * modes, regions, players, teams, lines, winners) and only the dates move with "now".
 * Matches are in id order in time, spread over the 60 days before {@code until}.
 */
public final class DemoMatches {

    /** Seed of the generator; changing it changes the whole demo history. */
    public static final long SEED = 0x4D41544348L;
    static final Duration SPAN = Duration.ofDays(60);

    /** The generated rows. */
    public record Generated(List<Match> matches, List<Participant> participants) {}

    private DemoMatches() {}

    public static Generated generate(Instant until) {
        DemoWorld.Random random = new DemoWorld.Random(SEED);
        List<List<Integer>> playersByRegion = playersByRegion();
        // Leave room for the longest match before 'until'.
        Instant from = until.minus(SPAN);
        long slotMillis = (SPAN.toMillis() - Duration.ofMinutes(30).toMillis()) / DemoWorld.MATCHES;

        List<Match> matches = new ArrayList<>(DemoWorld.MATCHES);
        List<Participant> participants = new ArrayList<>(DemoWorld.MATCHES * 7);
        for (int i = 1; i <= DemoWorld.MATCHES; i++) {
            String id = String.format("m-%05d", i);
            int regionIndex = random.nextInt(DemoWorld.REGIONS.size());
            Region region = Region.valueOf(DemoWorld.REGIONS.get(regionIndex));
            int roll = random.nextInt(100);
            GameMode mode = roll < 40 ? GameMode.DUEL : roll < 75 ? GameMode.TEAM_DEATHMATCH : GameMode.FREE_FOR_ALL;
            Instant startedAt = from.plusMillis((i - 1) * slotMillis + random.nextInt((int) slotMillis));
            int minutes = mode == GameMode.DUEL ? 3 + random.nextInt(10) : 8 + random.nextInt(18);
            Instant endedAt = startedAt.plus(Duration.ofMinutes(minutes)).plusSeconds(random.nextInt(60));

            List<Integer> chosen = pick(playersByRegion.get(regionIndex), mode.players(), random);
            Map<String, Integer> teams = TeamBalancer.teams(mode, chosen.stream()
                    .map(n -> new TeamBalancer.Rated(DemoWorld.playerId(n), DemoWorld.rating(n)))
                    .toList());
            int[] teamScores = new int[mode.teams() + 1];
            List<Participant> lines = new ArrayList<>(chosen.size());
            for (int n : chosen) {
                String playerId = DemoWorld.playerId(n);
                int team = teams.get(playerId);
                int kills = random.nextInt(mode == GameMode.DUEL ? 26 : 31);
                int deaths = random.nextInt(mode == GameMode.DUEL ? 26 : 31);
                int score = kills * 100 + random.nextInt(100);
                teamScores[team] += score;
                lines.add(new Participant(id, playerId, team, score, kills, deaths));
            }
            int winningTeam = 1;
            for (int t = 2; t <= mode.teams(); t++) {
                if (teamScores[t] > teamScores[winningTeam]) {
                    winningTeam = t;
                }
            }
            matches.add(new Match(id, mode, region, MatchStatus.FINISHED, startedAt, endedAt, winningTeam));
            participants.addAll(lines);
        }
        return new Generated(matches, participants);
    }

    private static List<List<Integer>> playersByRegion() {
        List<List<Integer>> byRegion = new ArrayList<>();
        DemoWorld.REGIONS.forEach(r -> byRegion.add(new ArrayList<>()));
        for (int n = 1; n <= DemoWorld.PLAYERS; n++) {
            byRegion.get(DemoWorld.REGIONS.indexOf(DemoWorld.region(n))).add(n);
        }
        return byRegion;
    }

    /** {@code count} distinct players of the pool (a partial Fisher–Yates shuffle of a copy). */
    private static List<Integer> pick(List<Integer> pool, int count, DemoWorld.Random random) {
        List<Integer> copy = new ArrayList<>(pool);
        for (int k = 0; k < count; k++) {
            int j = k + random.nextInt(copy.size() - k);
            Integer swap = copy.get(k);
            copy.set(k, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, count));
    }
}
