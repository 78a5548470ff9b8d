package gg.arena.social.domain;

import java.util.List;

/**
 * A window of a channel's history, newest first.
 *
 * @param olderExist whether messages older than the last one here exist
 * @param newerExist whether messages newer than the first one here exist
 */
public record ChatPage(List<ChatMessage> messages, boolean olderExist, boolean newerExist) {}
