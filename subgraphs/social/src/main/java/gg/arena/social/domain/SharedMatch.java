package gg.arena.social.domain;

/** A {@code Match} of the matches service shared in chat; only its key lives here. */
public record SharedMatch(String id) implements ChatAttachment {

    public static final String KIND = "MATCH";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String refId() {
        return id;
    }
}
