package gg.arena.store.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsTypeResolver;
import gg.arena.store.domain.PurchaseResult;

/** Resolves the {@code PurchaseResult} union to its member type. */
@DgsComponent
public class PurchaseResultTypeResolver {

    /** PurchaseResult */
    @DgsTypeResolver(name = "PurchaseResult")
    public String resolve(PurchaseResult result) {
        return result.typeName();
    }
}
