package dev.loopwright.adapter.out.persistence;

import dev.loopwright.application.port.out.intake.ClientRepository;
import dev.loopwright.domain.intake.Client;
import dev.loopwright.domain.intake.ClientId;
import dev.loopwright.domain.intake.OrganisationId;
import dev.loopwright.domain.intake.Page;
import dev.loopwright.domain.intake.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Clients of an organisation. */
final class JdbiClientRepository implements ClientRepository {
    private static final String COLUMNS = "id, organisation_id, name, email, created_at";

    private final Database db;

    JdbiClientRepository(Database db) {
        this.db = db;
    }

    @Override
    public Client create(Client client) {
        db.write(h -> h.createUpdate("INSERT INTO intake_clients (" + COLUMNS + ") VALUES (:id, :org, :name, :email,"
                        + " :created)")
                .bind("id", client.id().value()).bind("org", client.organisationId().value())
                .bind("name", client.name()).bind("email", client.email().orElse(null))
                .bind("created", Timestamps.format(client.createdAt())).execute());
        return findById(client.organisationId(), client.id()).orElseThrow();
    }

    @Override
    public Optional<Client> findById(OrganisationId organisation, ClientId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM intake_clients"
                        + " WHERE organisation_id = :org AND id = :id")
                .bind("org", organisation.value()).bind("id", id.value()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<Client> list(OrganisationId organisation, PageRequest page) {
        return IntakeSql.page(db, COLUMNS, "intake_clients", new IntakeSql.Where(organisation.value()), "name, id",
                page, (rs, ctx) -> map(rs));
    }

    private static Client map(ResultSet rs) throws SQLException {
        return new Client(new ClientId(rs.getString("id")), new OrganisationId(rs.getString("organisation_id")),
                rs.getString("name"), IntakeSql.optional(rs, "email"), Timestamps.parse(rs.getString("created_at")));
    }
}
