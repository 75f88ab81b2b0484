package org.plenum.aiwatch.readiness;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.plenum.accounts.Actor;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Response;
import org.plenum.assessment.ResponseState;
import org.plenum.assessment.Responses;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.Scoring;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditLog;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AI readiness profiles (decision 0069): a chamber's completed self-assessment (its response to the newest edition
 * of the {@code ai-readiness} questionnaire, accepted at once when completed) scored by the newest {@code ai-readiness}
 * framework; whether the chamber publishes it; the peers in aggregate. Who may see a profile is checked here.
 */
@Service
public class ReadinessProfiles {

    /** The questionnaire and the framework of the self-assessment (both {@code ai-readiness}). */
    public static final String CODE = "ai-readiness";
    /** An indicator below this share of its points is a gap. */
    static final double GAP_SHARE = 0.5;

    private final Questionnaires questionnaires;
    private final Responses responses;
    private final Scoring scoring;
    private final PublishedRegistry registry;
    private final ReadinessRecommendations recommendations;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ReadinessProfiles(Questionnaires questionnaires, Responses responses, Scoring scoring, PublishedRegistry registry,
                      ReadinessRecommendations recommendations, AuditLog audit, JdbcClient jdbc) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.scoring = scoring;
        this.registry = registry;
        this.recommendations = recommendations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The edition open for the self-assessment (the newest). */
    public Optional<Edition> edition() {
        return questionnaires.latest(CODE);
    }

    /** The newest framework version. */
    public Optional<Framework> framework() {
        return scoring.framework(CODE);
    }

    public boolean chamberExists(String chamber) {
        return registry.current().get(EntityRef.chamber(chamber)).isPresent();
    }

    public String chamberName(String chamber, String language) {
        return registry.current().chamberTitle(chamber, language);
    }

    /** The chambers a person answers for: those of their parliaments, then those bound one by one. */
    public List<String> chambersOf(Actor actor) {
        Snapshot snapshot = registry.current();
        Set<String> codes = new LinkedHashSet<>();
        for (String parliament : actor.parliaments().stream().sorted().toList()) {
            snapshot.children(EntityRef.parliament(parliament), EntityType.CHAMBER).forEach(c -> codes.add(c.code()));
        }
        actor.chambers().stream().sorted().forEach(codes::add);
        return List.copyOf(codes);
    }

    /** Whether the person answers for the chamber as its correspondent (not through an editor's role). */
    public static boolean ownChamber(Actor actor, String chamber) {
        return actor.chambers().contains(chamber) || actor.parliaments().contains(EntityRef.countryOf(chamber));
    }

    /** Whether the person may see the chamber's private profile and answers: its correspondents and editors. */
    public static boolean maySee(Actor actor, String chamber) {
        return actor.mayReview() || ownChamber(actor, chamber);
    }

    /** Every chamber's response to the edition, in whatever state (editors' list). */
    public List<Response> responses(Edition edition) {
        return responses.list(CODE, edition.edition(), EnumSet.allOf(ResponseState.class));
    }

    /** The chamber's response to the open edition, in whatever state (for its own pages). */
    public Optional<Response> response(String chamber) {
        return edition().flatMap(e -> responses.find(CODE, e.edition(), chamber));
    }

    /** The chamber's profile, when its self-assessment is completed (whoever asks: callers check who may see it). */
    @Transactional(readOnly = true)
    public Optional<ReadinessProfile> profile(String chamber) {
        Optional<Edition> edition = edition();
        Optional<Framework> framework = framework();
        if (edition.isEmpty() || framework.isEmpty()) {
            return Optional.empty();
        }
        return responses.find(CODE, edition.get().edition(), chamber)
                .filter(r -> r.state() == ResponseState.ACCEPTED)
                .map(r -> profile(framework.get(), edition.get(), r, publishedChambers().contains(chamber)));
    }

    /** The profile of a chamber that has published it and whose self-assessment is completed; otherwise empty. */
    @Transactional(readOnly = true)
    public Optional<ReadinessProfile> publishedProfile(String chamber) {
        return profile(chamber).filter(ReadinessProfile::published);
    }

    /** The published profiles of completed self-assessments, by chamber code. */
    @Transactional(readOnly = true)
    public List<ReadinessProfile> publishedProfiles() {
        Optional<Edition> edition = edition();
        Optional<Framework> framework = framework();
        if (edition.isEmpty() || framework.isEmpty()) {
            return List.of();
        }
        Set<String> published = publishedChambers();
        return completed(edition.get()).stream()
                .filter(r -> r.respondent().chamber().filter(published::contains).isPresent())
                .map(r -> profile(framework.get(), edition.get(), r, true)).toList();
    }

    /**
     * The peers in aggregate over every completed self-assessment of the open edition: per dimension n, median and
     * quartiles; the spreads only when at least {@link PeerAggregate#MINIMUM} chambers have completed it.
     */
    @Transactional(readOnly = true)
    public PeerAggregate aggregate() {
        Optional<Edition> edition = edition();
        Optional<Framework> framework = framework();
        if (edition.isEmpty() || framework.isEmpty()) {
            return new PeerAggregate(0, 0, List.of());
        }
        List<Response> completed = completed(edition.get());
        Set<String> published = publishedChambers();
        int publishedCount = (int) completed.stream()
                .filter(r -> r.respondent().chamber().filter(published::contains).isPresent()).count();
        if (completed.size() < PeerAggregate.MINIMUM) {
            return new PeerAggregate(completed.size(), publishedCount, List.of());
        }
        List<ScoreCard> cards = completed.stream()
                .map(r -> scoring.score(framework.get(), edition.get(), r.respondent(), r.answers())).toList();
        return new PeerAggregate(completed.size(), publishedCount, spreads(framework.get(), cards));
    }

    /** Per dimension, the scores of the cards that have one: n, quartiles and median (type 7 quantiles). */
    static List<PeerAggregate.DimensionSpread> spreads(Framework framework, List<ScoreCard> cards) {
        List<PeerAggregate.DimensionSpread> spreads = new ArrayList<>();
        for (int a = 0; a < framework.areas().size(); a++) {
            int at = a;
            List<Double> scores = cards.stream().map(c -> c.areas().get(at).score())
                    .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).sorted().toList();
            spreads.add(new PeerAggregate.DimensionSpread(framework.areas().get(a), scores.size(),
                    PeerAggregate.quantile(scores, 0.25), PeerAggregate.quantile(scores, 0.5),
                    PeerAggregate.quantile(scores, 0.75)));
        }
        return spreads;
    }

    /**
     * Publishes or withdraws the chamber's profile. Publishing: the chamber's own correspondents only, and only a
     * completed profile; withdrawing: its correspondents or an editor. Audited.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean publish(Actor actor, String origin, String chamber, boolean publish) {
        if (publish ? !ownChamber(actor, chamber) : !maySee(actor, chamber)) {
            throw new ReadinessNotAllowedException(actor.username() + " may not " + (publish ? "publish" : "withdraw")
                    + " the AI readiness profile of " + chamber);
        }
        boolean now = publishedChambers().contains(chamber);
        if (now == publish) {
            return false;
        }
        if (publish) {
            if (profile(chamber).isEmpty()) {
                throw new ReadinessStateException("The AI readiness self-assessment of " + chamber
                        + " is not completed: complete it before publishing its profile");
            }
            jdbc.sql("insert into ai_readiness_publication (chamber, published_by, published_at) values (?, ?, ?)")
                    .params(chamber, actor.username(), Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)))
                    .update();
        } else {
            jdbc.sql("delete from ai_readiness_publication where chamber = ?").param(chamber).update();
        }
        audit.record(new AuditEntry(actor.username(), publish ? "ai-readiness.published" : "ai-readiness.withdrawn",
                "chamber:" + chamber, origin, publish ? "profile published at /ai/readiness/profiles/" + chamber
                : "profile no longer public"));
        return true;
    }

    Set<String> publishedChambers() {
        return new LinkedHashSet<>(jdbc.sql("select chamber from ai_readiness_publication order by chamber")
                .query(String.class).list());
    }

    private List<Response> completed(Edition edition) {
        return responses.list(CODE, edition.edition(), EnumSet.of(ResponseState.ACCEPTED)).stream()
                .filter(r -> r.respondent().chamber().isPresent()).toList();
    }

    ReadinessProfile profile(Framework framework, Edition edition, Response response, boolean published) {
        ScoreCard card = scoring.score(framework, edition, response.respondent(), response.answers());
        return build(framework, edition, card, response.updatedAt(), published, recommendations);
    }

    /** The profile of a score card: levels, gaps and the steps for them (a pure computation). */
    static ReadinessProfile build(Framework framework, Edition edition, ScoreCard card, Instant completedAt,
                                  boolean published, ReadinessRecommendations recommendations) {
        List<String> levelOrder = framework.bands().stream().map(Framework.Band::code).toList();
        List<ReadinessProfile.Dimension> dimensions = new ArrayList<>();
        List<ReadinessProfile.Gap> gaps = new ArrayList<>();
        Map<String, List<ReadinessRecommendations.Step>> steps = new LinkedHashMap<>();
        for (int a = 0; a < framework.areas().size(); a++) {
            Framework.Area area = framework.areas().get(a);
            ScoreCard.AreaScore scored = card.areas().get(a);
            Optional<Framework.Band> level = band(framework, scored.score());
            dimensions.add(new ReadinessProfile.Dimension(area, scored.score(), level));
            double weights = area.indicators().stream().mapToDouble(Framework.Indicator::weight).sum();
            List<ReadinessProfile.Gap> areaGaps = new ArrayList<>();
            for (int i = 0; i < area.indicators().size(); i++) {
                ScoreCard.IndicatorScore s = scored.indicators().get(i);
                double share = s.max() == 0 ? 0 : s.points() / s.max();
                if (share < GAP_SHARE) {
                    Framework.Indicator indicator = area.indicators().get(i);
                    areaGaps.add(new ReadinessProfile.Gap(area, indicator, s, indicator.weight() * (1 - share) / weights));
                }
            }
            areaGaps.sort(Comparator.comparingDouble(ReadinessProfile.Gap::loss).reversed());
            gaps.addAll(areaGaps);
            steps.put(area.code(), level.map(l -> recommendations.forDimension(area.code(), l.code(), levelOrder,
                    areaGaps.stream().map(g -> g.indicator().code()).toList())).orElse(List.of()));
        }
        gaps.sort(Comparator.comparingDouble(ReadinessProfile.Gap::loss).reversed());
        return new ReadinessProfile(card.respondent().key(), edition, framework, card, completedAt, published,
                dimensions, gaps, steps);
    }

    static Optional<Framework.Band> band(Framework framework, OptionalDouble score) {
        if (score.isEmpty()) {
            return Optional.empty();
        }
        Framework.Band found = null;
        for (Framework.Band band : framework.bands()) {
            if (band.from() <= score.getAsDouble()) {
                found = band;
            }
        }
        return Optional.ofNullable(found);
    }
}
