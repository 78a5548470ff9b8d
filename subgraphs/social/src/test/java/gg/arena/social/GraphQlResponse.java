package gg.arena.social;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.util.List;
import java.util.Map;

/** A GraphQL response body, read with JsonPath. */
public record GraphQlResponse(int status, String body, DocumentContext json) {

    static GraphQlResponse of(int status, String body) {
        return new GraphQlResponse(status, body, JsonPath.parse(body));
    }

    public <T> T read(String path) {
        return json.read(path);
    }

    public List<Map<String, Object>> errors() {
        try {
            List<Map<String, Object>> errors = json.read("$.errors");
            return errors == null ? List.of() : errors;
        } catch (PathNotFoundException e) {
            return List.of();
        }
    }

    /** Fails unless the response has no errors; returns itself for chaining. */
    public GraphQlResponse ok() {
        assertThat(status).as(body).isEqualTo(200);
        assertThat(errors()).as(body).isEmpty();
        return this;
    }

    /** The {@code extensions.code} of the only error. */
    public String errorCode() {
        assertThat(errors()).as(body).hasSize(1);
        return json.read("$.errors[0].extensions.code");
    }
}
