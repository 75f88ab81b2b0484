package org.plenum.aiwatch.actions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenum.accounts.Actor;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.Proposals;
import org.springframework.stereotype.Component;

/**
 * Correspondents' proposals of new actions through stewardship's {@link Proposals} (decisions 0062, 0065): the form
 * is checked here (its problems shown next to its fields), the proposed action travels as the proposal's payload
 * (an {@link ActionDocument} without id), and on approval it becomes an action with its country's next id, added
 * now: it is in this month's digest and in the feed at once.
 */
@Component
public class ActionProposals {

    private final Proposals proposals;
    private final ActionStore store;
    private final PublishedRegistry registry;
    private final Clock clock = Clock.systemUTC();

    ActionProposals(Proposals proposals, ActionStore store, PublishedRegistry registry) {
        this.proposals = proposals;
        this.store = store;
        this.registry = registry;
    }

    /** The countries the actor may propose for: its parliaments and its chambers' countries; every one for editors. */
    public List<String> countriesOf(Actor actor) {
        List<String> codes = new ArrayList<>();
        if (actor.mayReview()) {
            registry.current().all(EntityType.PARLIAMENT).forEach(p -> codes.add(p.code()));
        } else {
            actor.parliaments().stream().sorted().forEach(codes::add);
            actor.chambers().stream().map(EntityRef::countryOf).sorted().filter(c -> !codes.contains(c)).forEach(codes::add);
        }
        return codes;
    }

    /** The chamber codes of a country's parliament in the registry. */
    public List<String> chambersOf(String country) {
        if (country.isEmpty()) {
            return List.of();
        }
        return registry.current().children(EntityRef.parliament(country), EntityType.CHAMBER).stream()
                .map(EntityRecord::code).toList();
    }

    public Map<String, List<String>> problems(Actor actor, ActionForm form) {
        Map<String, List<String>> problems = new java.util.LinkedHashMap<>(form.problems(chambersOf(form.country()),
                id -> store.record(id).isPresent()));
        if (!countriesOf(actor).contains(form.country())) {
            problems.put("country", List.of("aitracker.check.country"));
        }
        return problems;
    }

    /** Sends a checked form. */
    public Proposal send(Actor actor, ActionForm form) {
        ActionRecord draft = form.draft("");
        return proposals.send(actor, ActionProposalKind.CODE, form.country(), title(draft), ActionDocument.write(draft));
    }

    /** Sends a returned proposal again with the checked form. */
    public Proposal resend(Actor actor, long id, int version, ActionForm form) {
        ActionRecord draft = form.draft("");
        return proposals.resend(actor, id, version, title(draft), ActionDocument.write(draft));
    }

    /** The action a proposal carries, as it will look (no id yet). */
    public ActionRecord proposed(Proposal proposal) {
        Instant at = proposal.submittedAt();
        return ActionDocument.read(proposal.payload(), at, at, 0);
    }

    /** Approves a proposal: its action is added now with the country's next id; returns the proposal. */
    public Proposal approve(Actor editor, long id, int version) {
        return proposals.approve(editor, id, version, proposal -> {
            ActionRecord draft = proposed(proposal);
            PolicyAction a = draft.action();
            store.lock("adding the AI-policy action of proposal #" + proposal.id());
            String actionId = store.nextId(a.country());
            String origin = "proposed by " + proposal.submitterName() + " (correspondent, proposal #" + proposal.id()
                    + ") and approved by " + editor.displayName();
            PolicyAction numbered = new PolicyAction(actionId, a.country(), a.chambers(), a.type(), a.title(),
                    a.titleEnglish(), a.language(), a.introduced(), a.adopted(), a.inForce(), a.status(), a.statusNote(),
                    a.summary(), a.sources(), a.related(), a.ipu(), null, null);
            store.add(new ActionRecord(numbered, draft.publisher(), draft.chamberNames(), origin, "", 0),
                    editor.username(), clock.instant());
            return "/ai/actions/" + actionId;
        });
    }

    private static String title(ActionRecord draft) {
        String t = draft.action().country() + ": " + draft.action().titleEnglish();
        return t.length() > 480 ? t.substring(0, 480) + "…" : t;
    }
}
