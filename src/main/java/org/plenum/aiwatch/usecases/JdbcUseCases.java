package org.plenum.aiwatch.usecases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseStatus;
import org.plenum.aiwatch.UseCaseText;
import org.plenum.aiwatch.UseCases;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's use cases in the table {@code ai_use_case} (V75): the bean of {@link UseCases}. Writes happen inside
 * the caller's transaction, which must hold the writer lock; each publishes {@link UseCasesChanged} so that the search
 * index is rebuilt when the transaction commits.
 */
@Component
public class JdbcUseCases implements UseCases {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, category, category_by_ipu, country_code, chamber_code, chamber_name, "
            + "use_case_date, status, english, french, related, source, ipu, recorded_at, updated_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JdbcUseCases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public Optional<UseCase> find(String id) {
        return entry(id).map(LibraryEntry::useCase);
    }

    @Override
    public List<UseCase> all() {
        return entries().stream().map(LibraryEntry::useCase).toList();
    }

    /** Every stored use case with its chamber as named, by id. */
    public List<LibraryEntry> entries() {
        return jdbc.sql("select " + COLUMNS + " from ai_use_case order by id").query(JdbcUseCases::entry).list();
    }

    public Optional<LibraryEntry> entry(String id) {
        return jdbc.sql("select " + COLUMNS + " from ai_use_case where id = ?").param(id).query(JdbcUseCases::entry)
                .optional();
    }

    /**
     * What changes whenever a use case is added or changed, by this process or another sharing the database: the
     * number of use cases and the latest change.
     */
    String generation() {
        return jdbc.sql("select count(*), max(updated_at) from ai_use_case")
                .query((rs, n) -> rs.getLong(1) + "@" + rs.getTimestamp(2)).single();
    }

    /**
     * Adds the use case or replaces the stored one of the same id (keeping when it was first recorded); returns
     * whether anything changed. Runs in the caller's transaction.
     */
    boolean save(LibraryEntry entry, String why) {
        UseCase u = entry.useCase();
        Optional<LibraryEntry> stored = entry(u.id());
        if (stored.isPresent() && sameContent(stored.get(), entry)) {
            return false;
        }
        Instant recordedAt = stored.map(s -> s.useCase().recordedAt()).orElse(u.recordedAt());
        if (stored.isPresent()) {
            jdbc.sql("delete from ai_use_case where id = ?").param(u.id()).update();
        }
        jdbc.sql("insert into ai_use_case (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(u.id(), u.category(), u.categoryByIpu(), u.country(), u.chamber().orElse(null),
                        entry.chamberAsNamed(), u.date().map(PartialDate::toString).orElse(null), u.status().code(),
                        JSON.writeValueAsString(u.english()), u.french().map(JSON::writeValueAsString).orElse(null),
                        String.join(" ", u.related()), u.source(), u.ipu(), Timestamp.from(recordedAt),
                        Timestamp.from(u.updatedAt()))
                .update();
        events.publishEvent(new UseCasesChanged(why));
        return true;
    }

    /** The ids of the use cases proposed to Plenum ({@code p-001}…) yet unused: the next one. */
    String nextProposedId() {
        List<String> ids = jdbc.sql("select id from ai_use_case where id like 'p-%'").query(String.class).list();
        int max = ids.stream().map(id -> id.substring(2)).filter(s -> s.matches("\\d+")).mapToInt(Integer::parseInt)
                .max().orElse(0);
        return String.format("p-%03d", max + 1);
    }

    private static boolean sameContent(LibraryEntry a, LibraryEntry b) {
        UseCase x = a.useCase();
        UseCase y = b.useCase();
        return a.chamberAsNamed().equals(b.chamberAsNamed()) && x.category().equals(y.category())
                && x.categoryByIpu() == y.categoryByIpu() && x.country().equals(y.country())
                && x.chamber().equals(y.chamber()) && x.date().equals(y.date()) && x.status() == y.status()
                && x.english().equals(y.english()) && x.french().equals(y.french()) && x.related().equals(y.related())
                && x.source().equals(y.source()) && x.ipu() == y.ipu();
    }

    private static LibraryEntry entry(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        String date = rs.getString("use_case_date");
        String french = rs.getString("french");
        String related = rs.getString("related");
        UseCase useCase = new UseCase(id, rs.getString("category"), rs.getBoolean("category_by_ipu"),
                rs.getString("country_code"), Optional.ofNullable(rs.getString("chamber_code")),
                Optional.ofNullable(date).map(PartialDate::parse),
                UseCaseStatus.ofCode(rs.getString("status")).orElseThrow(
                        () -> new IllegalStateException("ai_use_case " + id + ": unknown status")),
                JSON.readValue(rs.getString("english"), UseCaseText.class),
                Optional.ofNullable(french).map(f -> JSON.readValue(f, UseCaseText.class)),
                related.isBlank() ? List.of() : Arrays.asList(related.split(" ")), rs.getString("source"),
                rs.getBoolean("ipu"), rs.getTimestamp("recorded_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
        return new LibraryEntry(useCase, rs.getString("chamber_name"));
    }
}
