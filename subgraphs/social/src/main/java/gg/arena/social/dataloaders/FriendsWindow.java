package gg.arena.social.dataloaders;

/** Key of {@link FriendsDataLoader}: whose friends, and which window of them. */
public record FriendsWindow(String playerId, long offset, int size) {}
