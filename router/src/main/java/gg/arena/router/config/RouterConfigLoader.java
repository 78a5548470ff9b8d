package gg.arena.router.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link RouterConfig} from the command line: {@code --supergraph FILE} or (dev mode)
 * {@code --subgraphs NAME=URL[,NAME=URL...]} / {@code --subgraph NAME=URL} (repeatable), {@code --port N},
 * {@code --poll-interval DURATION}, {@code --config FILE.yaml}, {@code --subgraph-url NAME=URL[,URL...]}
 * (repeatable), {@code --print-plan OPERATION_FILE}. Options win over the file.
 */
public final class RouterConfigLoader {
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    /** Parsed command line: the config and, for {@code --print-plan}, the operation file. */
    public record CommandLine(RouterConfig config, Path printPlan, String operationName) {
    }

    private RouterConfigLoader() {
    }

    public static CommandLine parse(String... args) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Object> subgraphUrls = new LinkedHashMap<>();
        Map<String, String> live = new LinkedHashMap<>();
        Path printPlan = null;
        String operationName = null;
        Path configFile = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0 && !a.startsWith("--subgraph-url")) {
                v = a.substring(eq + 1);
                a = a.substring(0, eq);
            } else if (a.startsWith("--subgraph-url=")) {
                v = a.substring("--subgraph-url=".length());
                a = "--subgraph-url";
            }
            if (!a.startsWith("--")) {
                throw new ConfigException("unexpected argument " + a);
            }
            if (v == null) {
                if (i + 1 >= args.length) {
                    throw new ConfigException(a + " needs a value");
                }
                v = args[++i];
            }
            switch (a) {
                case "--supergraph" -> values.put("supergraph", v);
                case "--port", "--server.port" -> values.put("port", parsePort(v));
                case "--config" -> configFile = Path.of(v);
                case "--print-plan" -> printPlan = Path.of(v);
                case "--operation-name" -> operationName = v;
                case "--subgraphs" -> {
                    for (String pair : v.split(",")) {
                        addLive(live, a, pair.trim());
                    }
                }
                case "--subgraph" -> addLive(live, a, v.trim());
                case "--poll-interval" -> values.put("pollInterval", LiveSubgraphUrls.duration(a, v).toString());
                case "--subgraph-url" -> {
                    int e = v.indexOf('=');
                    if (e <= 0) {
                        throw new ConfigException("--subgraph-url needs NAME=URL[,URL...], got " + v);
                    }
                    subgraphUrls.put(v.substring(0, e), List.of(v.substring(e + 1).split(",")));
                }
                default -> throw new ConfigException("unknown option " + a
                        + " (known: --supergraph, --subgraphs, --subgraph, --poll-interval, --port, --config,"
                        + " --subgraph-url, --print-plan, --operation-name)");
            }
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        if (configFile != null) {
            merged.putAll(readYaml(configFile));
        }
        merged.putAll(values);
        if (!live.isEmpty()) {
            merged.put("liveSubgraphs", live);
        }
        if (!subgraphUrls.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> subs = new LinkedHashMap<>((Map<String, Object>) merged.getOrDefault("subgraphs",
                    Map.of()));
            subgraphUrls.forEach((name, urls) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) subs.getOrDefault(name, Map.of()));
                s.put("urls", urls);
                subs.put(name, s);
            });
            merged.put("subgraphs", subs);
        }
        RouterConfig config = fromMap(merged);
        if (config.supergraph() == null && !config.composesLive()) {
            throw new ConfigException("--supergraph FILE (or, in dev mode, --subgraphs NAME=URL,...) is required");
        }
        if (config.supergraph() != null && config.composesLive()) {
            throw new ConfigException("--supergraph and --subgraphs exclude each other: serve a composed file, or"
                    + " compose from the live subgraphs");
        }
        LiveSubgraphUrls.check(config.liveSubgraphs());
        return new CommandLine(config, printPlan, operationName);
    }

    /** Binds a map (from YAML) to the config records; unknown keys and wrong types fail with the key named. */
    public static RouterConfig fromMap(Map<String, Object> map) {
        try {
            return STRICT.convertValue(map, RouterConfig.class);
        } catch (JacksonException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new ConfigException("invalid configuration: " + cause.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Map<String, Object> readYaml(Path file) {
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            if (o == null) {
                return Map.of();
            }
            if (!(o instanceof Map<?, ?> m)) {
                throw new ConfigException(file + ": expected a mapping at the top level");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> out = (Map<String, Object>) m;
            return out;
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void addLive(Map<String, String> live, String option, String pair) {
        int e = pair.indexOf('=');
        if (e <= 0 || e == pair.length() - 1) {
            throw new ConfigException(option + " needs NAME=URL, got '" + pair + "'");
        }
        String name = pair.substring(0, e).trim();
        if (live.put(name, pair.substring(e + 1).trim()) != null) {
            throw new ConfigException(option + ": subgraph '" + name + "' is given twice");
        }
    }

    private static int parsePort(String v) {
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ConfigException("--port needs a number from 1 to 65535, got " + v);
        }
    }

}
