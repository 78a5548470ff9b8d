package gg.arena.store.dataloaders;

/** Names of the store's DataLoaders, for {@code env.getDataLoader(name)}. */
public final class LoaderNames {

    public static final String ITEMS = "items";
    public static final String WALLETS = "wallets";
    public static final String INVENTORIES = "inventories";

    private LoaderNames() {}
}
