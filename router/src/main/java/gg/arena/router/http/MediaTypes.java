package gg.arena.router.http;

import org.springframework.http.MediaType;

import java.util.List;

/** Response media type negotiation as the GraphQL-over-HTTP specification describes it. */
final class MediaTypes {
    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    private MediaTypes() {
    }

    /**
     * The response type for an {@code Accept} header: graphql-response+json when the client asks for it,
     * application/json when it asks for that (or for anything, or sends no Accept), null when nothing fits (406).
     */
    static MediaType negotiate(List<MediaType> accept) {
        if (accept.isEmpty()) {
            return MediaType.APPLICATION_JSON;
        }
        MediaType best = null;
        double bestQ = -1;
        for (MediaType m : accept) {
            double q = m.getQualityValue();
            if (q <= 0) {
                continue;
            }
            MediaType candidate = null;
            if (m.isCompatibleWith(GRAPHQL_RESPONSE) && !m.isWildcardType() && !m.isWildcardSubtype()) {
                candidate = GRAPHQL_RESPONSE;
            } else if (m.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                candidate = MediaType.APPLICATION_JSON;
            }
            if (candidate != null && (q > bestQ || (q == bestQ && candidate == GRAPHQL_RESPONSE
                    && best != GRAPHQL_RESPONSE && !m.isWildcardType()))) {
                best = candidate;
                bestQ = q;
            }
        }
        return best;
    }
}
