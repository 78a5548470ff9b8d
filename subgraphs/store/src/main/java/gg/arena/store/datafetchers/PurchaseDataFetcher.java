package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.store.domain.PurchaseResult;
import gg.arena.store.services.PurchaseService;
import gg.arena.subgraph.auth.PlayerPrincipal;
import gg.arena.subgraph.auth.Viewer;
import graphql.schema.DataFetchingEnvironment;

/** The purchase mutation; all rules live in {@link PurchaseService}. */
@DgsComponent
public class PurchaseDataFetcher {

    private final PurchaseService purchases;
    private final Viewer viewer;

    public PurchaseDataFetcher(PurchaseService purchases, Viewer viewer) {
        this.purchases = purchases;
        this.viewer = viewer;
    }

    /** Mutation.purchase */
    @DgsMutation
    public PurchaseResult purchase(@InputArgument String sku, @InputArgument int quantity,
            @InputArgument String idempotencyKey, DataFetchingEnvironment env) {
        PlayerPrincipal player = viewer.require(env);
        return purchases.purchase(player.playerId(), sku, quantity, idempotencyKey);
    }
}
