package gg.arena.router;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --print-plan}: the plan of an operation, without serving. */
class PrintPlanTest {

    @Test
    void printsThePlanAsJson(@TempDir Path dir) throws Exception {
        Path op = dir.resolve("op.graphql");
        Files.writeString(op, "{ topProducts { name shippingEstimate } }");
        PrintStream out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true));
            code = RouterApplication.printPlan(RouterApplication.load(Path.of(
                    "src/test/resources/supergraphs/bench.graphql")), op, null);
        } finally {
            System.setOut(out);
        }
        assertThat(code).isZero();
        assertThat(buf.toString()).contains("\"kind\" : \"QueryPlan\"").contains("\"serviceName\" : \"inventory\"")
                .contains("\"requires\" : \"... on Product {price weight __typename upc}\"");
    }

    @Test
    void anInvalidOperationIsReported(@TempDir Path dir) throws Exception {
        Path op = dir.resolve("op.graphql");
        Files.writeString(op, "{ nope }");
        assertThat(RouterApplication.printPlan(RouterApplication.load(Path.of(
                "src/test/resources/supergraphs/bench.graphql")), op, null)).isEqualTo(1);
    }
}
