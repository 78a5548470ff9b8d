package gg.arena.social.domain;

/** Schema type ChatMessageEdge. */
public record ChatMessageEdge(String cursor, ChatMessage node) {}
