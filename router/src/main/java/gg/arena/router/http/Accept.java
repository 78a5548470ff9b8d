package gg.arena.router.http;

import org.springframework.http.MediaType;

import java.util.List;

/**
 * What a request's {@code Accept} header allows: a JSON response type (GraphQL over HTTP negotiation, null when none
 * fits), a GraphQL-over-SSE stream ({@code text/event-stream}), Apollo's multipart subscriptions
 * ({@code multipart/mixed} with {@code subscriptionSpec}; other multipart kinds such as {@code deferSpec} are not
 * served and fall back to JSON).
 */
record Accept(MediaType json, boolean sse, boolean multipartSubscription) {
    private static final MediaType MULTIPART_MIXED = MediaType.parseMediaType("multipart/mixed");

    static Accept of(List<MediaType> accept) {
        boolean sse = false;
        boolean multipart = false;
        for (MediaType m : accept) {
            if (m.getQualityValue() <= 0 || m.isWildcardType() || m.isWildcardSubtype()) {
                continue;
            }
            if (m.isCompatibleWith(MediaType.TEXT_EVENT_STREAM)) {
                sse = true;
            } else if (m.isCompatibleWith(MULTIPART_MIXED) && m.getParameter("subscriptionSpec") != null) {
                multipart = true;
            }
        }
        return new Accept(MediaTypes.negotiate(accept), sse, multipart);
    }

    /** The JSON type to answer with when a JSON answer is given anyway (e.g. an error before streaming). */
    MediaType jsonOrDefault() {
        return json == null ? MediaType.APPLICATION_JSON : json;
    }
}
