package gg.arena.players.repository;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Player rows by id and by handle; inserts through {@link PlayerInserts}. */
public interface PlayerRepository extends ListCrudRepository<PlayerRow, String>, PlayerInserts {

    /** The row whose handle matches case-insensitively; pass the handle already lower-cased. */
    Optional<PlayerRow> findByHandleLower(String handleLower);
}
