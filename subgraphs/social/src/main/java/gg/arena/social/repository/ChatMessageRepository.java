package gg.arena.social.repository;

import gg.arena.subgraph.jdbc.SqlTime;
import gg.arena.social.domain.ChatAttachment;
import gg.arena.social.domain.ChatMessage;
import gg.arena.social.domain.Player;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Table chat_messages. */
@Repository
public class ChatMessageRepository {

    private static final String COLUMNS =
            "seq, id, channel, author_id, author_handle, text, sent_at, attachment_kind, attachment_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public ChatMessageRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores a message and returns it with the sequence number the database gave it. */
    public ChatMessage insert(ChatMessage message) {
        KeyHolder keys = new GeneratedKeyHolder();
        ChatAttachment attachment = message.attachment();
        jdbc.sql("""
                        INSERT INTO chat_messages
                               (id, channel, author_id, author_handle, text, sent_at, attachment_kind, attachment_id)
                        VALUES (:id, :channel, :authorId, :authorHandle, :text, :sentAt, :kind, :refId)
                        """)
                .param("id", message.id())
                .param("channel", message.channel())
                .param("authorId", message.author().id())
                .param("authorHandle", message.author().handle())
                .param("text", message.text())
                .param("sentAt", SqlTime.bind(message.sentAt()))
                .param("kind", attachment == null ? null : attachment.kind(), java.sql.Types.VARCHAR)
                .param("refId", attachment == null ? null : attachment.refId(), java.sql.Types.VARCHAR)
                .update(keys, "seq");
        long seq = keys.getKeyAs(Number.class).longValue();
        return new ChatMessage(seq, message.id(), message.channel(), message.text(), message.sentAt(),
                message.author(), attachment);
    }

    /**
     * Up to {@code limit} messages of the channel with a sequence number below {@code beforeSeq}
     * (all when it is null), newest first.
     */
    public List<ChatMessage> findBefore(String channel, Long beforeSeq, int limit) {
        // Two statements rather than ":before IS NULL OR ...": PostgreSQL cannot type a bare null parameter.
        if (beforeSeq == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM chat_messages WHERE channel = :channel"
                            + " ORDER BY seq DESC LIMIT :limit")
                    .param("channel", channel)
                    .param("limit", limit)
                    .query(ChatMessageRepository::map)
                    .list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM chat_messages WHERE channel = :channel AND seq < :before"
                        + " ORDER BY seq DESC LIMIT :limit")
                .param("channel", channel)
                .param("before", beforeSeq)
                .param("limit", limit)
                .query(ChatMessageRepository::map)
                .list();
    }

    /** Whether the channel has a message with a sequence number of at least {@code seq}. */
    public boolean existsFrom(String channel, long seq) {
        return jdbc.sql("SELECT COUNT(*) FROM chat_messages WHERE channel = :channel AND seq >= :seq")
                .param("channel", channel)
                .param("seq", seq)
                .query(Long.class)
                .single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM chat_messages").query(Long.class).single();
    }

    /** Batch insert in list order, for the demo seed; sequence numbers follow that order. */
    public void insertAll(List<ChatMessage> messages) {
        batch.batchUpdate("""
                INSERT INTO chat_messages
                       (id, channel, author_id, author_handle, text, sent_at, attachment_kind, attachment_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, messages, 500, (ps, m) -> {
                    ps.setString(1, m.id());
                    ps.setString(2, m.channel());
                    ps.setString(3, m.author().id());
                    ps.setString(4, m.author().handle());
                    ps.setString(5, m.text());
                    ps.setObject(6, SqlTime.bind(m.sentAt()));
                    ps.setString(7, m.attachment() == null ? null : m.attachment().kind());
                    ps.setString(8, m.attachment() == null ? null : m.attachment().refId());
                });
    }

    private static ChatMessage map(ResultSet rs, int row) throws SQLException {
        return new ChatMessage(
                rs.getLong("seq"),
                rs.getString("id"),
                rs.getString("channel"),
                rs.getString("text"),
                SqlTime.read(rs, "sent_at"),
                Player.withHandle(rs.getString("author_id"), rs.getString("author_handle")),
                ChatAttachment.of(rs.getString("attachment_kind"), rs.getString("attachment_id")));
    }
}
