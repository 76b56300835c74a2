package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.ApiTokenRepository;
import dev.loopwright.domain.intake.ApiToken;
import dev.loopwright.domain.intake.ApiTokenId;
import dev.loopwright.domain.intake.MemberId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.TokenHash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Token records: hashes only, never a token. */
final class JdbiApiTokenRepository implements ApiTokenRepository {
    private static final String COLUMNS = "id, organisation_id, user_id, name, prefix, token_hash, created_at,"
            + " revoked_at";

    private final Database db;

    JdbiApiTokenRepository(Database db) {
        this.db = db;
    }

    @Override
    public ApiToken create(ApiToken token) {
        db.write(h -> h.createUpdate("INSERT INTO intake_api_tokens (" + COLUMNS + ") VALUES (:id, :org, :user, :name,"
                        + " :prefix, :hash, :created, :revoked)")
                .bind("id", token.id().value()).bind("org", token.organisationId().value())
                .bind("user", token.memberId().value()).bind("name", token.name()).bind("prefix", token.prefix())
                .bind("hash", token.hash().value()).bind("created", Timestamps.format(token.createdAt()))
                .bind("revoked", token.revokedAt().map(Timestamps::format).orElse(null)).execute());
        return token;
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash hash) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_api_tokens WHERE token_hash = :hash")
                .bind("hash", hash.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<ApiToken> list(OrganisationId organisation) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_api_tokens WHERE organisation_id = :org"
                        + " ORDER BY created_at DESC, id DESC")
                .bind("org", organisation.value()).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public boolean revoke(OrganisationId organisation, ApiTokenId id, Instant at) {
        return db.write(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM intake_api_tokens WHERE organisation_id = :org"
                            + " AND id = :id")
                    .bind("org", organisation.value()).bind("id", id.value()).mapTo(Integer.class).one() > 0;
            h.createUpdate("UPDATE intake_api_tokens SET revoked_at = :at WHERE organisation_id = :org AND id = :id"
                            + " AND revoked_at IS NULL")
                    .bind("at", Timestamps.format(at)).bind("org", organisation.value()).bind("id", id.value())
                    .execute();
            return exists;
        });
    }

    private static ApiToken map(ResultSet rs) throws SQLException {
        return new ApiToken(new ApiTokenId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                new MemberId(rs.getString("user_id")), rs.getString("name"), rs.getString("prefix"),
                new TokenHash(rs.getString("token_hash")), Timestamps.parse(rs.getString("created_at")),
                IntakeSql.optional(rs, "revoked_at").map(Timestamps::parse));
    }
}
