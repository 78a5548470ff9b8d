package gg.arena.social.services;

import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.ChatAttachmentInput;
import gg.arena.social.domain.SharedItem;
import gg.arena.social.domain.SharedMatch;
import gg.arena.subgraph.errors.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The documented limits of chat input, checked before anything touches the database. Length
 * checks come before pattern checks so oversized input is turned away cheaply.
 */
public final class ChatRules {

    public static final int MAX_CHANNEL_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 500;
    public static final int MAX_MATCH_ID_LENGTH = 64;

    private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9:_-]{1,64}");
    private static final Pattern SKU = Pattern.compile("SKU-[0-9]{4}");

    private ChatRules() {}

    /** The channel, when it is 1..64 of letters, digits, ':', '_' and '-'; CHANNEL_INVALID otherwise. */
    public static String channel(String channel) {
        if (channel == null || channel.isEmpty() || channel.length() > MAX_CHANNEL_LENGTH
                || !CHANNEL.matcher(channel).matches()) {
            throw new InvalidInputException("CHANNEL_INVALID", "The channel " + Quote.of(channel)
                    + " must be 1.." + MAX_CHANNEL_LENGTH + " characters of letters, digits, ':', '_' and '-'.");
        }
        return channel;
    }

    /**
     * The text without surrounding whitespace, when that is 1..500 characters (code points);
     * TEXT_EMPTY, TEXT_TOO_LONG, or TEXT_INVALID for control characters other than line breaks and tabs.
     */
    public static String text(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("TEXT_EMPTY", "A chat message needs some text.");
        }
        // A UTF-16 length within the limit is within it in code points too; only count when needed.
        if (trimmed.length() > MAX_TEXT_LENGTH && trimmed.codePointCount(0, trimmed.length()) > MAX_TEXT_LENGTH) {
            throw new InvalidInputException("TEXT_TOO_LONG",
                    "A chat message is at most " + MAX_TEXT_LENGTH + " characters; this one has "
                            + trimmed.codePointCount(0, trimmed.length()) + ".");
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidInputException("TEXT_INVALID",
                        "A chat message cannot contain control characters (found U+"
                                + String.format("%04X", (int) c) + ").");
            }
        }
        return trimmed;
    }

    /**
     * The attachment, when exactly one of itemSku (SKU-NNNN) and matchId (1..64 characters) is
     * set; null without one; ATTACHMENT_INVALID otherwise.
     */
    public static ChatAttachment attachment(ChatAttachmentInput input) {
        if (input == null) {
            return null;
        }
        boolean hasItem = input.itemSku() != null;
        boolean hasMatch = input.matchId() != null;
        if (hasItem == hasMatch) {
            throw new InvalidInputException("ATTACHMENT_INVALID",
                    "An attachment names exactly one of itemSku and matchId.");
        }
        if (hasItem) {
            if (input.itemSku().length() > 8 || !SKU.matcher(input.itemSku()).matches()) {
                throw new InvalidInputException("ATTACHMENT_INVALID",
                        "The item sku " + Quote.of(input.itemSku()) + " is not of the form SKU-NNNN.");
            }
            return new SharedItem(input.itemSku());
        }
        String matchId = input.matchId();
        if (matchId.isBlank() || matchId.length() > MAX_MATCH_ID_LENGTH) {
            throw new InvalidInputException("ATTACHMENT_INVALID",
                    "A match id is 1.." + MAX_MATCH_ID_LENGTH + " characters, not " + Quote.of(matchId) + ".");
        }
        return new SharedMatch(matchId);
    }
}
