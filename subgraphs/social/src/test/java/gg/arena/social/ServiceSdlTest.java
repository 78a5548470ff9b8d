package gg.arena.social;

import gg.arena.subgraph.testing.ServedSdl;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@InMemoryDatabaseTest
class ServiceSdlTest extends GraphQlHttpTest {

    @Test
    void servesTheFederationSdlWithTheDirectivesOfTheContract() {
        String sdl = graphql("{ _service { sdl } }").ok().read("$.data._service.sdl");
        assertThat(ServedSdl.differences(sdl, "schema/social.graphqls")).as("served SDL vs its file").isEmpty();
        String compact = sdl.replaceAll("\\s+", "");

        assertThat(compact).contains("typePlayer@key(fields:\"id\"");
        assertThat(compact).contains("regionChannel:String!@requires(fields:\"region\")");
        assertThat(compact).contains("author:Player!@provides(fields:\"handle\")");
        assertThat(compact).contains("unionChatAttachment=Item|Match");
        assertThat(compact).contains("typeItem@key(fields:\"sku\",resolvable:false)");
        assertThat(compact).contains("typeMatch@key(fields:\"id\",resolvable:false)");
        assertThat(compact).contains("handle:String!@external");
    }
}
