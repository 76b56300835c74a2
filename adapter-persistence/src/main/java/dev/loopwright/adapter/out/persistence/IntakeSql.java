package dev.loopwright.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopwright.application.error.PersistenceException;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/** What the intake repositories share: scoped WHERE clauses, paged reads with a total, JSON list columns. */
final class IntakeSql {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IntakeSql() {
    }

    /** A WHERE clause built from the filters given, always starting with the organisation. */
    static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> binds = new LinkedHashMap<>();

        Where(String organisationId) {
            this("organisation_id", organisationId);
        }

        /** For joins, where the organisation column needs its table's alias. */
        Where(String organisationColumn, String organisationId) {
            add(organisationColumn + " = :org", "org", organisationId);
        }

        Where add(String condition, String name, Object value) {
            conditions.add(condition);
            binds.put(name, value);
            return this;
        }

        <T> Where addIf(Optional<T> value, String condition, String name) {
            value.ifPresent(v -> add(condition, name, v));
            return this;
        }

        String sql() {
            return " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query query) {
            binds.forEach(query::bind);
            return query;
        }
    }

    /** One page of {@code SELECT columns FROM table WHERE … ORDER BY …}, with the count of every match. */
    static <T> Page<T> page(Database db, String columns, String table, Where where, String orderBy,
            PageRequest page, RowMapper<T> mapper) {
        return db.read(h -> {
            int total = where.bind(h.createQuery("SELECT COUNT(*) FROM " + table + where.sql()))
                    .mapTo(Integer.class).one();
            List<T> items = where.bind(h.createQuery("SELECT " + columns + " FROM " + table + where.sql()
                            + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset"))
                    .bind("limit", page.limit()).bind("offset", page.offset())
                    .map(mapper).list();
            return new Page<>(items, total, page);
        });
    }

    /** The next position at the end of a group, computed inside the writing transaction. */
    static int nextPosition(Handle h, String table, String column, String value) {
        return h.createQuery("SELECT COALESCE(MAX(position) + 1, 0) FROM " + table + " WHERE " + column + " = :v")
                .bind("v", value).mapTo(Integer.class).one();
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T json(String text, TypeReference<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new PersistenceException("A stored intake JSON column is not readable: " + e.getOriginalMessage(), e);
        }
    }

    static Optional<String> optional(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
