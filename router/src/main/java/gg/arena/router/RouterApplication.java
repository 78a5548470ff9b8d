package gg.arena.router;

import gg.arena.router.config.ConfigException;
import gg.arena.router.config.RouterConfig;
import gg.arena.router.config.RouterConfigLoader;
import gg.arena.router.plan.PlanJson;
import gg.arena.router.plan.QueryPlan;
import gg.arena.router.plan.QueryPlanner;
import gg.arena.router.api.ApiSchema;
import gg.arena.router.plan.PlanningException;
import gg.arena.router.supergraph.Supergraph;
import gg.arena.router.supergraph.SupergraphException;
import gg.arena.router.supergraph.SupergraphParser;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar router.jar --supergraph FILE [--port 4000] [--config router.yaml] [--subgraph-url NAME=URL,...]}
 * serves the supergraph (reloading the file when it changes); {@code --subgraphs NAME=URL,...} instead composes it
 * from the live subgraphs and follows their changes (dev mode); {@code --print-plan OPERATION_FILE
 * [--operation-name NAME]} prints the query plan of an operation and exits without serving.
 */
@SpringBootApplication
public class RouterApplication {

    public static void main(String[] args) {
        RouterConfigLoader.CommandLine cl;
        Supergraph supergraph;
        try {
            cl = RouterConfigLoader.parse(args);
            supergraph = cl.config().composesLive()
                    ? gg.arena.router.reload.DevModeStartup.compose(cl.config(), cl.printPlan() == null)
                    : load(cl.config().supergraph());
            checkSubgraphNames(cl.config(), supergraph);
        } catch (ConfigException | SupergraphException e) {
            System.err.println("arena-router: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (cl.printPlan() != null) {
            System.exit(printPlan(supergraph, cl.printPlan(), cl.operationName()));
            return;
        }
        start(cl.config(), supergraph);
    }

    /** Starts the HTTP server for {@code supergraph}; returns the running context. */
    public static org.springframework.context.ConfigurableApplicationContext start(RouterConfig config,
                                                                                 Supergraph supergraph) {
        SpringApplication app = new SpringApplication(RouterApplication.class);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", config.port());
        props.put("spring.main.banner-mode", "off");
        props.put("spring.cloud.loadbalancer.enabled", "false");
        props.put("spring.cloud.refresh.enabled", "false");
        props.put("spring.cloud.compatibility-verifier.enabled", "false");
        app.setDefaultProperties(props);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("routerConfig", config);
            ctx.getBeanFactory().registerSingleton("supergraph", supergraph);
        });
        return app.run();
    }

    /** Settings for a subgraph the supergraph does not have are a typo: fail start-up and say which. */
    static void checkSubgraphNames(RouterConfig config, Supergraph supergraph) {
        gg.arena.router.reload.SnapshotFactory.checkSubgraphNames(config, supergraph);
    }

    static Supergraph load(Path file) {
        String sdl;
        try {
            sdl = Files.readString(file);
        } catch (IOException e) {
            throw new SupergraphException("cannot read supergraph " + file + ": " + e.getMessage());
        }
        return SupergraphParser.parse(sdl, file.toString());
    }

    static int printPlan(Supergraph supergraph, Path operationFile, String operationName) {
        try {
            String query = Files.readString(operationFile);
            ApiSchema api = ApiSchema.of(supergraph);
            ParseAndValidateResult r = ParseAndValidate.parseAndValidate(api.schema(),
                    ExecutionInput.newExecutionInput(query).build());
            if (!r.getErrors().isEmpty()) {
                r.getErrors().forEach(e -> System.err.println(operationFile + ": " + e.getMessage()));
                return 1;
            }
            QueryPlan plan = new QueryPlanner(supergraph, api.schema()).plan(r.getDocument(), operationName);
            System.out.println(PlanJson.pretty(plan));
            return 0;
        } catch (IOException e) {
            System.err.println("arena-router: cannot read " + operationFile + ": " + e.getMessage());
            return 2;
        } catch (PlanningException | IllegalArgumentException e) {
            System.err.println("arena-router: " + e.getMessage());
            return 1;
        }
    }
}
