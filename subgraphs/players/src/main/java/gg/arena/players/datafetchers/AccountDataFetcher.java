package gg.arena.players.datafetchers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import gg.arena.players.domain.AuthPayload;
import gg.arena.players.domain.RegisterPlayerInput;
import gg.arena.players.services.Accounts;
import java.util.Map;

/** Creating accounts and signing in. */
@DgsComponent
public class AccountDataFetcher {

    private final Accounts accounts;

    public AccountDataFetcher(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Mutation.registerPlayer */
    @DgsMutation
    public AuthPayload registerPlayer(@InputArgument("input") Map<String, Object> input) {
        return accounts.register(RegisterPlayerInput.from(input));
    }

    /** Mutation.login */
    @DgsMutation
    public AuthPayload login(@InputArgument String handle, @InputArgument String password) {
        return accounts.login(handle, password);
    }
}
