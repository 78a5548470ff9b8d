package gg.arena.tick.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsedTokensTest {

    static PrivateToken token(int n, long expires) {
        byte[] nonce = new byte[12];
        nonce[11] = (byte) n;
        return new PrivateToken("p", "m", new byte[32], nonce, expires);
    }

    @Test
    void remembersUntilExpiryAndRefusesWhenFull() {
        UsedTokens used = new UsedTokens(2);
        assertThat(used.use(token(1, 100), 0)).isEqualTo(UsedTokens.Use.FIRST);
        assertThat(used.use(token(1, 100), 0)).isEqualTo(UsedTokens.Use.REUSED);
        assertThat(used.use(token(2, 200), 0)).isEqualTo(UsedTokens.Use.FIRST);
        assertThat(used.use(token(3, 200), 50)).isEqualTo(UsedTokens.Use.FULL);
        // once token 1 expired its slot is free again
        assertThat(used.use(token(3, 200), 100)).isEqualTo(UsedTokens.Use.FIRST);
        assertThat(used.size()).isEqualTo(2);
    }
}
