package org.plenum.hubs;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.plenum.accounts.Actor;
import org.plenum.assessment.published.PublishedFigure;
import org.plenum.assessment.published.PublishedFigures;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.hubs.internal.HubStore;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.registry.WriterLock;
import org.plenum.stewardship.NotAllowedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The innovation hubs (decision 0064): reading hubs, members and the participation over time; the editors' changes
 * (add or end a membership, add an activity, change the host), each checked against the hub's version, written with
 * its audit entry in one transaction under the writer lock, and raising the version.
 */
@Service
public class Hubs {

    /** The first year of the participation series: the first year a seeded membership can be placed in time. */
    public static final int FIRST_YEAR = 2019;
    static final String IPU_INDICATOR = "cip_participation_";

    private final HubStore store;
    private final PublishedRegistry registry;
    private final PublishedFigures figures;
    private final WriterLock writerLock;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    Hubs(HubStore store, PublishedRegistry registry, PublishedFigures figures, WriterLock writerLock, AuditLog audit) {
        this.store = store;
        this.registry = registry;
        this.figures = figures;
        this.writerLock = writerLock;
        this.audit = audit;
    }

    // ---- reading

    @Transactional(readOnly = true)
    public List<Hub> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Optional<Hub> find(String code) {
        return store.all().stream().filter(h -> h.code().equals(code)).findFirst();
    }

    /** The participation of every year from {@link #FIRST_YEAR} to this year. */
    @Transactional(readOnly = true)
    public List<ParticipationYear> participation() {
        List<Hub> hubs = store.all();
        Map<String, Optional<HubDate>> established = hubs.stream()
                .collect(Collectors.toMap(Hub::code, Hub::established));
        List<HubMembership> memberships = hubs.stream().flatMap(h -> h.members().stream()).toList();
        Snapshot snapshot = registry.current();
        int thisYear = LocalDate.now(clock).getYear();
        return Participation.compute(memberships, established, FIRST_YEAR, thisYear,
                year -> parliamentsIn(snapshot, year), ipuFigures());
    }

    /** IPU's published shares of parliaments taking part in the Centre for Innovation in Parliament, by year. */
    public Map<Integer, ParticipationYear.IpuFigure> ipuFigures() {
        Map<Integer, ParticipationYear.IpuFigure> byYear = new TreeMap<>();
        for (PublishedFigure f : figures.headlines()) {
            if (f.indicator().startsWith(IPU_INDICATOR) && f.indicator().substring(IPU_INDICATOR.length()).matches("\\d{4}")
                    && f.unit().equals("percent")) {
                int year = Integer.parseInt(f.indicator().substring(IPU_INDICATOR.length()));
                byYear.put(year, new ParticipationYear.IpuFigure(year, f.value(), f.subject(), f.source(), f.sourceUrl()));
            }
        }
        return byYear;
    }

    /**
     * The parliaments of the registry in a year (the denominator): each parliament of a country that is not a former
     * country, with at least one chamber whose number of members ({@code current_members_number}) has a value valid
     * on 31 December of the year (today, for this year) — the rule by which the statistics list a chamber on a date.
     */
    public static Set<String> parliamentsIn(Snapshot snapshot, int year) {
        LocalDate today = LocalDate.now();
        LocalDate date = year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
        Set<String> codes = new TreeSet<>();
        for (EntityRecord parliament : snapshot.all(EntityType.PARLIAMENT)) {
            Optional<EntityRecord> country = parliament.parent().flatMap(snapshot::get);
            if (country.isPresent() && country.get().latestValue("is_former_country", EntityRecord.LATEST)
                    .map("true"::equals).orElse(false)) {
                continue;
            }
            boolean counted = snapshot.children(parliament.ref(), EntityType.CHAMBER).stream()
                    .anyMatch(chamber -> chamber.valueAt("current_members_number", date, EntityRecord.LATEST)
                            .map(v -> v.value() instanceof FactValue.Present).orElse(false));
            if (counted) {
                codes.add(parliament.code());
            }
        }
        return codes;
    }

    /** The parliament's name in the language (its country's name), or the code when the registry has none. */
    public String parliamentName(String code, String language) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            return String.valueOf(code);
        }
        return registry.current().get(EntityRef.country(code))
                .flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).orElse(code);
    }

    /** Whether the registry has this parliament (country code). */
    public boolean knownParliament(String code) {
        return code != null && code.matches("[A-Z]{2}") && registry.current().get(EntityRef.parliament(code)).isPresent();
    }

    // ---- editors

    /** Adds a membership (editors). */
    @Transactional
    public HubMembership addMembership(Actor actor, String hub, int version, String parliament, String joined,
                                       String left, String source, String note) {
        requireEditor(actor);
        writerLock.acquire("changing hub " + hub);
        requireVersion(hub, version);
        HubMembership m = membership(hub, parliament, joined, left, "editor", source, note);
        long id = store.insertMembership(m, Optional.empty(), Optional.empty());
        store.touch(hub, now());
        audit.record(new AuditEntry(actor.auditName(), "hub.membership.added", "hub:" + hub, origin(),
                m.parliament() + " from " + m.joined().map(HubDate::toString).orElse("(not known)")
                        + m.left().map(l -> " to " + l).orElse("") + "; source: " + m.source()));
        return new HubMembership(id, m.hub(), m.parliament(), m.joined(), m.left(), m.basis(), m.source(), m.note());
    }

    /** Ends a current membership with a leave date (editors). */
    @Transactional
    public void endMembership(Actor actor, String hub, int version, long membership, String left) {
        requireEditor(actor);
        writerLock.acquire("changing hub " + hub);
        requireVersion(hub, version);
        HubDate date = date("left", left).orElseThrow(() -> new HubDataException("left", "the leave date is required"));
        HubMembership m = store.memberships().stream().filter(x -> x.id() == membership && x.hub().equals(hub))
                .findFirst().orElseThrow(() -> new HubDataException("membership", "hub " + hub + " has no membership #"
                        + membership));
        if (m.left().isPresent()) {
            throw new HubDataException("membership", m.parliament() + " already left hub " + hub + " on " + m.left().get());
        }
        if (m.joined().isPresent() && date.lastDay().isBefore(m.joined().get().firstDay())) {
            throw new HubDataException("left", "the leave date " + date + " is before the join date " + m.joined().get());
        }
        store.endMembership(hub, membership, date);
        store.touch(hub, now());
        audit.record(new AuditEntry(actor.auditName(), "hub.membership.ended", "hub:" + hub, origin(),
                m.parliament() + " left on " + date));
    }

    /** Adds an activity (editors). */
    @Transactional
    public HubActivity addActivity(Actor actor, String hub, int version, String kind, String title, String start,
                                   String end, String place, String participants, String parliaments, String source,
                                   String note) {
        requireEditor(actor);
        writerLock.acquire("changing hub " + hub);
        requireVersion(hub, version);
        ActivityKind k;
        try {
            k = ActivityKind.of(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new HubDataException("kind", e.getMessage());
        }
        String t = required("title", title, 500);
        Optional<HubDate> from = date("start", start);
        Optional<HubDate> to = date("end", end);
        if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
            throw new HubDataException("end", "the end " + to.get() + " is before the start " + from.get());
        }
        List<String> codes = new ArrayList<>();
        for (String code : (parliaments == null ? "" : parliaments).strip().toUpperCase(java.util.Locale.ROOT).split("[\\s,;]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!knownParliament(code)) {
                throw new HubDataException("parliaments", "\"" + code + "\" is not a parliament of the registry");
            }
            codes.add(code);
        }
        HubActivity a = new HubActivity(0, hub, k, t, from, to, optional("place", place, 300),
                optional("participants", participants, 2000), codes, source(source), optional("note", note, 1000));
        long id = store.insertActivity(a, Optional.empty());
        store.touch(hub, now());
        audit.record(new AuditEntry(actor.auditName(), "hub.activity.added", "hub:" + hub, origin(),
                k.id() + ": " + t + from.map(d -> " (" + d + ")").orElse("")));
        return new HubActivity(id, hub, k, t, from, to, a.place(), a.participants(), codes, a.source(), a.note());
    }

    /**
     * Changes the host (editors): the current hosts end on {@code from}; the new host begins then and, when it is a
     * parliament of the registry that is not a current member, becomes a member from then (the host counts as a
     * member).
     */
    @Transactional
    public void changeHost(Actor actor, String hub, int version, String parliament, String name, String from,
                           String source, String note) {
        requireEditor(actor);
        writerLock.acquire("changing hub " + hub);
        requireVersion(hub, version);
        HubDate date = date("from", from).orElseThrow(() -> new HubDataException("from", "the date the new host begins is required"));
        Optional<String> code = Optional.ofNullable(parliament).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT));
        if (code.isPresent() && !knownParliament(code.get())) {
            throw new HubDataException("parliament", "\"" + code.get() + "\" is not a parliament of the registry");
        }
        String hostName = required("name", name, 300);
        String src = source(source);
        Hub current = find(hub).orElseThrow();
        for (HubHost h : current.currentHosts()) {
            if (h.from().isPresent() && date.lastDay().isBefore(h.from().get().firstDay())) {
                throw new HubDataException("from", "the new host cannot begin (" + date + ") before the current host "
                        + h.name() + " began (" + h.from().get() + ")");
            }
        }
        store.endHosts(hub, date);
        store.insertHost(hub, new HubHost(0, code, hostName, "host", Optional.of(date), Optional.empty(), src,
                optional("note", note, 1000)), Optional.empty());
        if (code.isPresent() && current.currentMembers().stream().noneMatch(m -> m.parliament().equals(code.get()))) {
            store.insertMembership(new HubMembership(0, hub, code.get(), Optional.of(date), Optional.empty(), "host", src,
                    "The host counts as a member."), Optional.empty(), Optional.empty());
        }
        store.touch(hub, now());
        audit.record(new AuditEntry(actor.auditName(), "hub.host.changed", "hub:" + hub, origin(),
                hostName + code.map(c -> " (" + c + ")").orElse("") + " from " + date + "; source: " + src));
    }

    /**
     * Checks a correspondent's request to join (before it is sent as a proposal): the hub exists, the parliament is
     * one of the registry's and not a current member of the hub, the date is valid.
     */
    @Transactional(readOnly = true)
    public JoinRequest checkJoin(String hub, String parliament, String from, String note) {
        Hub h = find(hub).orElseThrow(() -> new HubDataException("hub", "no hub " + hub));
        String code = parliament == null ? "" : parliament.strip();
        if (!knownParliament(code)) {
            throw new HubDataException("parliament", "\"" + code + "\" is not a parliament of the registry");
        }
        if (h.currentMembers().stream().anyMatch(m -> m.parliament().equals(code))) {
            throw new HubDataException("parliament", code + " is already a member of " + h.nameEn());
        }
        HubDate date = date("from", from).orElseThrow(() -> new HubDataException("from", "the date is required"));
        return new JoinRequest(hub, code, date, optional("note", note, 1000));
    }

    /**
     * Writes the membership an editor approved (the approve callback of a {@code hub-join} proposal, in its
     * transaction): checked again against the hub as it is now; returns the hub's page.
     */
    @Transactional
    public String join(Actor editor, long proposal, JoinRequest request) {
        requireEditor(editor);
        JoinRequest checked = checkJoin(request.hub(), request.parliament(), request.from().toString(), request.note());
        store.insertMembership(new HubMembership(0, checked.hub(), checked.parliament(), Optional.of(checked.from()),
                Optional.empty(), "request", "Plenum proposal #" + proposal + " (request to join, approved by "
                + editor.displayName() + ")", checked.note()), Optional.of(proposal), Optional.empty());
        store.touch(checked.hub(), now());
        audit.record(new AuditEntry(editor.auditName(), "hub.membership.added", "hub:" + checked.hub(), origin(),
                checked.parliament() + " from " + checked.from() + " (proposal #" + proposal + ")"));
        return "/hubs/" + checked.hub();
    }

    // ---- helpers

    private HubMembership membership(String hub, String parliament, String joined, String left, String basis,
                                     String source, String note) {
        String code = parliament == null ? "" : parliament.strip().toUpperCase(java.util.Locale.ROOT);
        if (!knownParliament(code)) {
            throw new HubDataException("parliament", "\"" + code + "\" is not a parliament of the registry");
        }
        Optional<HubDate> from = date("joined", joined);
        Optional<HubDate> to = date("left", left);
        if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
            throw new HubDataException("left", "the leave date " + to.get() + " is before the join date " + from.get());
        }
        return new HubMembership(0, hub, code, from, to, basis, source(source), optional("note", note, 1000));
    }

    private void requireVersion(String hub, int version) {
        int stored = store.version(hub).orElseThrow(() -> new HubDataException("hub", "no hub " + hub));
        if (stored != version) {
            throw new HubVersionException(hub, version, stored);
        }
    }

    private static void requireEditor(Actor actor) {
        if (!actor.mayReview()) {
            throw new NotAllowedException(actor.username() + " may not change the hubs");
        }
    }

    static Optional<HubDate> date(String field, String text) {
        try {
            return HubDate.parse(text);
        } catch (IllegalArgumentException e) {
            throw new HubDataException(field, e.getMessage());
        }
    }

    private static String required(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new HubDataException(field, field + " is required");
        }
        if (v.length() > max) {
            throw new HubDataException(field, field + " is longer than " + max + " characters");
        }
        return v;
    }

    private static String optional(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() > max) {
            throw new HubDataException(field, field + " is longer than " + max + " characters");
        }
        return v;
    }

    private static String source(String value) {
        String v = required("source", value, 1000);
        if (!v.startsWith("https://") && !v.startsWith("http://")) {
            throw new HubDataException("source", "the source must be a web address (https://…)");
        }
        return v;
    }

    private static String origin() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : "cli";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
