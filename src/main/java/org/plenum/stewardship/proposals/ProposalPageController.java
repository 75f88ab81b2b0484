package org.plenum.stewardship.proposals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.plenum.accounts.Actor;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalKind;
import org.plenum.stewardship.Proposals;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' queue of proposals of every kind ({@code /review/proposals}, oldest first, filtered by kind, each
 * linked to the owning module's review page) and a correspondent's own proposals ({@code /my/proposals}: states,
 * the editors' comments, links to the records they became). Decisions are taken on the owning module's page.
 */
@PageController
class ProposalPageController {

    private final Proposals proposals;
    private final ProposalKinds kinds;
    private final PublishedRegistry registry;

    ProposalPageController(Proposals proposals, ProposalKinds kinds, PublishedRegistry registry) {
        this.proposals = proposals;
        this.kinds = kinds;
        this.registry = registry;
    }

    @GetMapping("/review/proposals")
    String queue(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String kind,
                 @ModelAttribute("page") PageContext page, Model model) {
        if (!actor.mayReview()) {
            throw new PageNotFoundException("/review/proposals");
        }
        String chosen = kind == null || kind.isBlank() ? null : kind.strip();
        if (chosen != null && kinds.find(chosen).isEmpty()) {
            throw new BadPageRequestException("kind", "one of " + String.join(", ",
                    kinds.all().stream().map(ProposalKind::code).toList()));
        }
        model.addAttribute("rows", rows(page, proposals.queue(actor, chosen)));
        model.addAttribute("kinds", kinds.all().stream()
                .map(k -> new KindOption(k.code(), k.label(page.locale()), k.code().equals(chosen))).toList());
        model.addAttribute("chosen", chosen == null ? "" : chosen);
        return "stewardship/proposals-queue";
    }

    @GetMapping("/my/proposals")
    String mine(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        model.addAttribute("rows", rows(page, proposals.mine(actor, null)));
        return "stewardship/proposals-mine";
    }

    private List<ProposalRow> rows(PageContext page, List<Proposal> list) {
        Snapshot snapshot = registry.current();
        Locale locale = page.locale();
        return list.stream().map(p -> {
            ProposalKind kind = kinds.find(p.kind()).orElse(null);
            String name = snapshot.get(EntityRef.country(p.parliament()))
                    .flatMap(c -> c.text("country_name", page.lang(), Instant.MAX)).orElse(p.parliament());
            String stateId = p.state().name().toLowerCase(Locale.ROOT);
            return new ProposalRow(p.id(), p.kind(), kind == null ? p.kind() : kind.label(locale), p.parliament(), name,
                    p.title(), p.submitterName(), page.date(p.submittedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                    page.t("proposals.state." + stateId), stateId, p.reviewComment(),
                    kind == null ? "" : kind.reviewPath(p.id()), p.result());
        }).toList();
    }
}
