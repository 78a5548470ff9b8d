package gg.arena.social.domain;

import java.util.List;

/**
 * A window of a player's friends, most recent first.
 *
 * @param offset 0-based position of the first friend in the whole list
 * @param totalCount how many friends the player has in all
 */
public record FriendsPage(List<Friend> friends, long offset, int totalCount) {}
