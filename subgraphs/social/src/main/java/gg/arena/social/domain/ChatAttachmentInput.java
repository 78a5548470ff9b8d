package gg.arena.social.domain;

/** Schema input ChatAttachmentInput: exactly one of the fields is set. */
public record ChatAttachmentInput(String itemSku, String matchId) {}
