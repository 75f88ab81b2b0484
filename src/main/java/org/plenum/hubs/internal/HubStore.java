package org.plenum.hubs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.plenum.hubs.ActivityKind;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubActivity;
import org.plenum.hubs.HubDate;
import org.plenum.hubs.HubHost;
import org.plenum.hubs.HubKind;
import org.plenum.hubs.HubMembership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Hubs, hosts, memberships and activities in the tables of V80 (plain JDBC, portable SQL). */
@Repository
public class HubStore {

    private final JdbcTemplate jdbc;

    HubStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every hub with its hosts (by start), members (by parliament) and activities (by date), by code. */
    public List<Hub> all() {
        Map<String, List<HubHost>> hosts = new LinkedHashMap<>();
        jdbc.query("select * from hub_host order by hub_code, from_date nulls first, id", rs -> {
            hosts.computeIfAbsent(rs.getString("hub_code"), k -> new ArrayList<>()).add(host(rs));
        });
        Map<String, List<HubMembership>> members = new LinkedHashMap<>();
        for (HubMembership m : memberships()) {
            members.computeIfAbsent(m.hub(), k -> new ArrayList<>()).add(m);
        }
        Map<String, List<HubActivity>> activities = new LinkedHashMap<>();
        jdbc.query("select * from hub_activity order by hub_code, start_date nulls last, id", rs -> {
            activities.computeIfAbsent(rs.getString("hub_code"), k -> new ArrayList<>()).add(activity(rs));
        });
        return jdbc.query("select * from hub order by code", (rs, n) -> {
            String code = rs.getString("code");
            int seedRow = rs.getInt("seed_row");
            boolean noSeed = rs.wasNull();
            return new Hub(code, rs.getString("name_en"), rs.getString("name_fr"), HubKind.of(rs.getString("kind")),
                    date(rs, "established"), rs.getString("coordinators"), rs.getString("description"),
                    Arrays.stream(rs.getString("sources").split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    rs.getString("not_known"), noSeed ? OptionalInt.empty() : OptionalInt.of(seedRow),
                    rs.getInt("version"), hosts.getOrDefault(code, List.of()), members.getOrDefault(code, List.of()),
                    activities.getOrDefault(code, List.of()));
        });
    }

    /** Every membership of every hub, by hub and parliament. */
    public List<HubMembership> memberships() {
        return jdbc.query("select * from hub_membership order by hub_code, parliament, joined nulls first, id",
                (rs, n) -> new HubMembership(rs.getLong("id"), rs.getString("hub_code"), rs.getString("parliament"),
                        date(rs, "joined"), date(rs, "left_on"), rs.getString("basis"), rs.getString("source"),
                        rs.getString("note")));
    }

    public Optional<Integer> version(String hub) {
        return jdbc.queryForList("select version from hub where code = ?", Integer.class, hub).stream().findFirst();
    }

    public boolean exists(String hub) {
        return version(hub).isPresent();
    }

    /** Raises the hub's version (every change to it or its rows). */
    public void touch(String hub, Instant now) {
        jdbc.update("update hub set version = version + 1, updated_at = ? where code = ?", Timestamp.from(now), hub);
    }

    public boolean seedLoaded(String name, String key) {
        return jdbc.queryForList("select sha256 from hub_seed_load where name = ?", String.class, name).contains(key);
    }

    public void recordSeed(String name, String key, Instant now) {
        jdbc.update("delete from hub_seed_load where name = ?", name);
        jdbc.update("insert into hub_seed_load (name, sha256, loaded_at) values (?, ?, ?)", name, key, Timestamp.from(now));
    }

    /** Inserts the hub, or updates a seeded hub's descriptive columns (never an editor's hosts or members). */
    public void upsertSeedHub(Hub hub, Instant now) {
        int updated = jdbc.update("update hub set name_en = ?, name_fr = ?, kind = ?, established = ?, coordinators = ?,"
                        + " description = ?, sources = ?, not_known = ?, seed_row = ? where code = ?",
                hub.nameEn(), hub.nameFr(), hub.kind().id(), text(hub.established()), hub.coordinators(),
                hub.description(), String.join("\n", hub.sources()), hub.notKnown(),
                hub.seedRow().isPresent() ? hub.seedRow().getAsInt() : null, hub.code());
        if (updated == 0) {
            jdbc.update("insert into hub (code, name_en, name_fr, kind, established, coordinators, description, sources,"
                            + " not_known, seed_row, version, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                    hub.code(), hub.nameEn(), hub.nameFr(), hub.kind().id(), text(hub.established()), hub.coordinators(),
                    hub.description(), String.join("\n", hub.sources()), hub.notKnown(),
                    hub.seedRow().isPresent() ? hub.seedRow().getAsInt() : null, Timestamp.from(now));
        }
    }

    public boolean seedKeyExists(String table, String seedKey) {
        if (!List.of("hub_host", "hub_membership", "hub_activity").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        Integer n = jdbc.queryForObject("select count(*) from " + table + " where seed_key = ?", Integer.class, seedKey);
        return n != null && n > 0;
    }

    public long insertHost(String hub, HubHost h, Optional<String> seedKey) {
        return insert("insert into hub_host (hub_code, parliament, name, role, from_date, to_date, source, note, seed_key)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", hub, h.parliament().orElse(null), h.name(), h.role(),
                text(h.from()), text(h.to()), h.source(), h.note(), seedKey.orElse(null));
    }

    /** Ends the hosts of the hub that have no end date. */
    public int endHosts(String hub, HubDate to) {
        return jdbc.update("update hub_host set to_date = ? where hub_code = ? and to_date is null", to.toString(), hub);
    }

    public long insertMembership(HubMembership m, Optional<Long> proposal, Optional<String> seedKey) {
        return insert("insert into hub_membership (hub_code, parliament, joined, left_on, basis, source, note, proposal_id,"
                + " seed_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.hub(), m.parliament(), text(m.joined()),
                text(m.left()), m.basis(), m.source(), m.note(), proposal.orElse(null), seedKey.orElse(null));
    }

    /** Sets the leave date of a membership of the hub that has none; the number of rows changed. */
    public int endMembership(String hub, long id, HubDate left) {
        return jdbc.update("update hub_membership set left_on = ? where id = ? and hub_code = ? and left_on is null",
                left.toString(), id, hub);
    }

    public long insertActivity(HubActivity a, Optional<String> seedKey) {
        return insert("insert into hub_activity (hub_code, kind, title, start_date, end_date, place, participants,"
                + " parliaments, source, note, seed_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", a.hub(), a.kind().id(),
                a.title(), text(a.start()), text(a.end()), a.place(), a.participants(), String.join(" ", a.parliaments()),
                a.source(), a.note(), seedKey.orElse(null));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private static HubHost host(ResultSet rs) throws SQLException {
        return new HubHost(rs.getLong("id"), Optional.ofNullable(rs.getString("parliament")), rs.getString("name"),
                rs.getString("role"), date(rs, "from_date"), date(rs, "to_date"), rs.getString("source"),
                rs.getString("note"));
    }

    private static HubActivity activity(ResultSet rs) throws SQLException {
        String parliaments = rs.getString("parliaments");
        return new HubActivity(rs.getLong("id"), rs.getString("hub_code"), ActivityKind.of(rs.getString("kind")),
                rs.getString("title"), date(rs, "start_date"), date(rs, "end_date"), rs.getString("place"),
                rs.getString("participants"), parliaments.isBlank() ? List.of() : List.of(parliaments.strip().split("\\s+")),
                rs.getString("source"), rs.getString("note"));
    }

    private static Optional<HubDate> date(ResultSet rs, String column) throws SQLException {
        return HubDate.parse(rs.getString(column));
    }

    private static String text(Optional<HubDate> date) {
        return date.map(HubDate::toString).orElse(null);
    }
}
