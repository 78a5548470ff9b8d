package gg.arena.social.domain;

import java.util.List;

/** Schema type ChatMessageConnection. */
public record ChatMessageConnection(List<ChatMessageEdge> edges, PageInfo pageInfo) {}
