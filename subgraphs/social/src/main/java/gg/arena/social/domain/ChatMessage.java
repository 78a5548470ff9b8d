package gg.arena.social.domain;

import java.time.Instant;

/**
 * Schema type ChatMessage. {@code seq} is the channel-ordering sequence number that history
 * cursors carry; {@code author} carries the handle stored with the message ({@code @provides}).
 */
public record ChatMessage(
        long seq, String id, String channel, String text, Instant sentAt, Player author, ChatAttachment attachment) {}
