package gg.arena.store.seed;

import gg.arena.store.domain.InventoryEntry;
import gg.arena.store.domain.Item;
import gg.arena.store.domain.ItemCategory;
import gg.arena.store.domain.Rarity;
import gg.arena.store.domain.Wallet;
import gg.arena.subgraph.demo.DemoWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The store's part of the demo world, as pure functions of {@link DemoWorld}: the same catalogue,
 * wallets and inventories on every machine and every start.
 */
public final class DemoCatalog {

    /** The instant seeded wallets were last touched and inventories are dated back from. */
    public static final Instant SEEDED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private static final long CATALOG_SEED = 0x5707EL;
    private static final String[] ADJECTIVES = {
        "Crimson", "Frozen", "Golden", "Shadow", "Solar", "Void", "Neon", "Ancient", "Storm", "Jade",
        "Obsidian", "Radiant", "Feral", "Arcane", "Ember", "Tidal"
    };
    private static final String[][] NOUNS = {
        {"Vanguard", "Ranger", "Phantom", "Warden", "Nomad", "Sentinel"},   // SKIN
        {"Blade", "Rifle", "Hammer", "Bow", "Scythe", "Launcher"},          // WEAPON
        {"Salute", "Victory Dance", "Taunt", "Bow Out", "Shrug", "Cheer"},  // EMOTE
        {"XP Boost", "Gem Boost", "Rating Shield", "Loot Charm"},          // BOOST
        {"Starter Pack", "Hero Bundle", "Season Chest", "Legend Crate"},    // BUNDLE
    };

    private DemoCatalog() {}

    /** Catalogue item {@code n}, 1-based: {@code SKU-0001} … {@code SKU-0200}. */
    public static String sku(int n) {
        return String.format("SKU-%04d", n);
    }

    /** The whole demo catalogue. */
    public static List<Item> items() {
        DemoWorld.Random random = new DemoWorld.Random(CATALOG_SEED);
        List<Item> items = new ArrayList<>(DemoWorld.ITEMS);
        for (int n = 1; n <= DemoWorld.ITEMS; n++) {
            ItemCategory category = ItemCategory.values()[random.nextInt(ItemCategory.values().length)];
            Rarity rarity = rarity(random.nextInt(100));
            String[] nouns = NOUNS[category.ordinal()];
            String name = ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + nouns[random.nextInt(nouns.length)];
            int price = price(rarity, random);
            int unitCost = price * (10 + random.nextInt(31)) / 100;
            String description = "A " + rarity.name().toLowerCase(Locale.ROOT) + " "
                    + category.name().toLowerCase(Locale.ROOT) + " from the Arena store: " + name + ".";
            items.add(new Item(sku(n), name, description, category, rarity, price, unitCost));
        }
        return items;
    }

    /** A wallet with the starting gems for each seeded player. */
    public static List<Wallet> wallets() {
        List<Wallet> wallets = new ArrayList<>(DemoWorld.PLAYERS);
        for (int n = 1; n <= DemoWorld.PLAYERS; n++) {
            wallets.add(new Wallet(DemoWorld.playerId(n), DemoWorld.STARTING_GEMS, SEEDED_AT));
        }
        return wallets;
    }

    /** One to three distinct items for each seeded player, acquired in the 90 days before {@link #SEEDED_AT}. */
    public static List<InventoryEntry> inventory() {
        List<InventoryEntry> entries = new ArrayList<>(DemoWorld.PLAYERS * 2);
        for (int n = 1; n <= DemoWorld.PLAYERS; n++) {
            DemoWorld.Random random = new DemoWorld.Random(CATALOG_SEED * 31 + n);
            int count = 1 + random.nextInt(3);
            Set<Integer> picked = new LinkedHashSet<>();
            while (picked.size() < count) {
                picked.add(1 + random.nextInt(DemoWorld.ITEMS));
            }
            for (int item : picked) {
                Instant acquiredAt = SEEDED_AT.minus(Duration.ofMinutes(1 + random.nextInt(90 * 24 * 60)));
                entries.add(new InventoryEntry(DemoWorld.playerId(n), sku(item), 1 + random.nextInt(3), acquiredAt));
            }
        }
        return entries;
    }

    private static Rarity rarity(int roll) {
        if (roll < 55) {
            return Rarity.COMMON;
        }
        if (roll < 83) {
            return Rarity.RARE;
        }
        if (roll < 96) {
            return Rarity.EPIC;
        }
        return Rarity.LEGENDARY;
    }

    /** Price in gems, a multiple of 10 in the rarity's band. */
    private static int price(Rarity rarity, DemoWorld.Random random) {
        return switch (rarity) {
            case COMMON -> 50 + 10 * random.nextInt(16);      // 50..200
            case RARE -> 200 + 10 * random.nextInt(41);       // 200..600
            case EPIC -> 600 + 10 * random.nextInt(91);       // 600..1500
            case LEGENDARY -> 1500 + 10 * random.nextInt(151); // 1500..3000
        };
    }
}
