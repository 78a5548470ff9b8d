package gg.arena.router.subscription;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.handler.AbstractHandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.reactive.socket.server.upgrade.ReactorNettyRequestUpgradeStrategy;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.WebsocketServerSpec;

/**
 * Sends WebSocket upgrade requests for one path to a {@link WebSocketHandler} and leaves every other request (a plain
 * {@code GET /graphql}, GraphiQL) to the HTTP routes. Ordered before them. The handshake caps frames at the
 * configured message size, so an oversized message is refused by the WebSocket layer (close 1009).
 */
public final class WebSocketUpgrades extends AbstractHandlerMapping {
    private final String path;
    private final WebHandler upgrade;

    public WebSocketUpgrades(String path, WebSocketHandler handler, int maxMessageBytes) {
        this.path = path;
        WebSocketService service = new HandshakeWebSocketService(new ReactorNettyRequestUpgradeStrategy(
                () -> WebsocketServerSpec.builder().maxFramePayloadLength(maxMessageBytes)));
        this.upgrade = exchange -> service.handleRequest(exchange, handler);
        setOrder(-2);
    }

    @Override
    protected Mono<?> getHandlerInternal(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        boolean isUpgrade = request.getMethod() == HttpMethod.GET
                && path.equals(request.getPath().pathWithinApplication().value())
                && "websocket".equalsIgnoreCase(request.getHeaders().getFirst(HttpHeaders.UPGRADE));
        return isUpgrade ? Mono.just(upgrade) : Mono.empty();
    }
}
