package org.plenum.aiwatch.usecases;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.aiwatch.PolicyActions;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalState;
import org.plenum.stewardship.Proposals;
import org.plenum.stewardship.SubmissionConflictException;
import org.plenum.stewardship.SubmissionRefusedException;
import org.plenum.stewardship.SubmissionStateException;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.View;

/**
 * Correspondents propose AI use cases for their parliament ({@code /my/ai-use-cases/new}; a returned proposal is
 * edited and sent again at {@code /my/ai-use-cases/{id}}), through stewardship's {@link Proposals} (kind
 * {@code ai-use-case}); editors review one at {@code /review/ai-use-cases/{id}}, shown as it will be published, and
 * approve (the use case is added as {@code p-001}…, in the approval's transaction, and searched at once), return or
 * reject it.
 */
@PageController
class UseCaseProposalsController {

    private final Proposals proposals;
    private final JdbcUseCases store;
    private final UseCaseCategories categories;
    private final UseCaseViews views;
    private final PublishedRegistry registry;
    private final ObjectProvider<PolicyActions> actions;

    UseCaseProposalsController(Proposals proposals, JdbcUseCases store, UseCaseCategories categories,
                               UseCaseViews views, PublishedRegistry registry, ObjectProvider<PolicyActions> actions) {
        this.proposals = proposals;
        this.store = store;
        this.categories = categories;
        this.views = views;
        this.registry = registry;
        this.actions = actions;
    }

    @GetMapping("/my/ai-use-cases/new")
    String newForm(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, CsrfToken csrf,
                   Model model) {
        Map<String, String> start = new java.util.HashMap<>();
        start.put("status", "pilot");
        List<String> mine = actor.parliaments().stream().sorted().toList();
        if (mine.size() == 1) {
            start.put("parliament", mine.get(0));
        }
        return form(actor, new ProposedUseCase(start), List.of(), "/my/ai-use-cases/new", Optional.empty(), page,
                csrf, model);
    }

    @PostMapping("/my/ai-use-cases/new")
    String send(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> fields,
                @ModelAttribute("page") PageContext page, CsrfToken csrf, HttpServletResponse response, Model model) {
        ProposedUseCase proposed = new ProposedUseCase(fields);
        List<ProposedUseCase.Problem> problems = problems(actor, proposed);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            return form(actor, proposed, problems, "/my/ai-use-cases/new", Optional.empty(), page, csrf, model);
        }
        try {
            proposals.send(actor, UseCaseProposalKind.CODE, proposed.get("parliament"), proposed.get("en_title"),
                    proposed.toJson());
        } catch (SubmissionRefusedException | NotAllowedException e) {
            response.setStatus(422);
            return form(actor, proposed, List.of(new ProposedUseCase.Problem("parliament", "usecases.check.refused",
                    List.of(e.getMessage()))), "/my/ai-use-cases/new", Optional.empty(), page, csrf, model);
        }
        return seeOther("/my/proposals");
    }

    @GetMapping("/my/ai-use-cases/{id}")
    String returnedForm(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                        @ModelAttribute("page") PageContext page, CsrfToken csrf, Model model) {
        Proposal proposal = own(actor, id);
        return form(actor, ProposedUseCase.fromJson(proposal.payload()), List.of(), "/my/ai-use-cases/" + id,
                Optional.of(proposal), page, csrf, model);
    }

    @PostMapping("/my/ai-use-cases/{id}")
    String resend(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> fields,
                  @RequestParam(defaultValue = "-1") int version, @ModelAttribute("page") PageContext page,
                  CsrfToken csrf, HttpServletResponse response, Model model) {
        Proposal proposal = own(actor, id);
        Map<String, String> values = new java.util.HashMap<>(fields);
        values.put("parliament", proposal.parliament());
        ProposedUseCase proposed = new ProposedUseCase(values);
        List<ProposedUseCase.Problem> problems = problems(actor, proposed);
        try {
            if (problems.isEmpty()) {
                proposals.resend(actor, id, version, proposed.get("en_title"), proposed.toJson());
                return seeOther("/my/proposals");
            }
            response.setStatus(422);
        } catch (SubmissionConflictException | SubmissionStateException e) {
            response.setStatus(409);
            problems = List.of(new ProposedUseCase.Problem("parliament", "usecases.check.refused",
                    List.of(e.getMessage())));
        } catch (SubmissionRefusedException | NotAllowedException e) {
            response.setStatus(422);
            problems = List.of(new ProposedUseCase.Problem("parliament", "usecases.check.refused",
                    List.of(e.getMessage())));
        }
        return form(actor, proposed, problems, "/my/ai-use-cases/" + id, Optional.of(own(actor, id)), page, csrf,
                model);
    }

    @GetMapping("/review/ai-use-cases/{id}")
    String review(@AuthenticationPrincipal Actor actor, @PathVariable long id, @ModelAttribute("page") PageContext page,
                  CsrfToken csrf, Model model) {
        return review(actor, reviewed(actor, id), Optional.empty(), page, csrf, model);
    }

    @PostMapping("/review/ai-use-cases/{id}")
    String decide(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                  @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String comment,
                  @RequestParam(defaultValue = "-1") int version, @ModelAttribute("page") PageContext page,
                  CsrfToken csrf, HttpServletResponse response, Model model) {
        Proposal proposal = reviewed(actor, id);
        try {
            switch (action) {
                case "approve" -> proposals.approve(actor, id, version, this::add);
                case "return" -> proposals.sendBack(actor, id, version, comment);
                case "reject" -> proposals.reject(actor, id, version, comment);
                default -> throw new BadPageRequestException("action", "approve, return or reject");
            }
        } catch (SubmissionRefusedException e) {
            response.setStatus(422);
            return review(actor, proposal, Optional.of("usecases.review.commentRequired"), page, csrf, model);
        } catch (SubmissionConflictException | SubmissionStateException e) {
            response.setStatus(409);
            return review(actor, reviewed(actor, id), Optional.of("usecases.review.stale"), page, csrf, model);
        } catch (ProposalNoLongerValid e) {
            response.setStatus(422);
            return review(actor, proposal, Optional.of("usecases.review.invalid"), page, csrf, model);
        } catch (NotAllowedException e) {
            throw new PageNotFoundException("proposal " + id);
        }
        return seeOther("/review/ai-use-cases/" + id);
    }

    /** The approval's callback: adds the use case, in the approval's transaction; returns its page's path. */
    private String add(Proposal proposal) {
        ProposedUseCase proposed = ProposedUseCase.fromJson(proposal.payload());
        if (!proposed.problems(checks()).isEmpty() || !proposed.get("parliament").equals(proposal.parliament())) {
            throw new ProposalNoLongerValid();
        }
        String id = store.nextProposedId();
        store.save(proposed.entry(id, chamberName(proposed), Instant.now()), "proposal " + proposal.id());
        return "/ai/use-cases/" + id;
    }

    /** The proposal no longer passes the checks (e.g. a category or chamber gone since it was sent). */
    private static final class ProposalNoLongerValid extends RuntimeException {
        ProposalNoLongerValid() {
            super("the proposed use case no longer passes the library's checks");
        }
    }

    private String review(Actor actor, Proposal proposal, Optional<String> problem, PageContext page, CsrfToken csrf,
                          Model model) {
        ProposedUseCase proposed = ProposedUseCase.fromJson(proposal.payload());
        String id = proposal.result().map(r -> r.substring(r.lastIndexOf('/') + 1)).orElse("p-…");
        LibraryEntry entry = proposed.entry(id, chamberName(proposed), proposal.submittedAt());
        model.addAttribute("proposal", proposal);
        model.addAttribute("useCase", views.view(entry, page));
        model.addAttribute("problems", proposed.problems(checks()).stream()
                .map(p -> page.t("usecases.form." + p.field().replaceFirst("^(en|fr)_", "")) + ": "
                        + page.t(p.key(), p.args().toArray())).toList());
        model.addAttribute("problem", problem);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "aiwatch/usecases/review";
    }

    private String form(Actor actor, ProposedUseCase values, List<ProposedUseCase.Problem> problems, String action,
                        Optional<Proposal> returned, PageContext page, CsrfToken csrf, Model model) {
        Snapshot snapshot = registry.current();
        List<String> parliaments = actor.mayReview()
                ? snapshot.all(EntityType.PARLIAMENT).stream().map(EntityRecord::code).sorted().toList()
                : actor.parliaments().stream().sorted().toList();
        List<ProposalForm.Option> parliamentOptions = parliaments.stream()
                .map(p -> new ProposalForm.Option(p, views.countryName(p, page.lang()) + " (" + p + ")"))
                .sorted(Comparator.comparing(ProposalForm.Option::label)).toList();
        List<ProposalForm.Option> chambers = new ArrayList<>();
        for (String parliament : parliaments) {
            for (EntityRecord chamber : snapshot.all(EntityType.CHAMBER)) {
                if (chamber.code().startsWith(parliament + "-")) {
                    chambers.add(new ProposalForm.Option(chamber.code(), snapshot.chamberTitle(chamber.code(), page.lang())));
                }
            }
        }
        chambers.sort(Comparator.comparing(ProposalForm.Option::label));
        Map<String, List<ProposedUseCase.Problem>> byField = new java.util.LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        List<ProposalForm.Option> categoryOptions = categories.list().stream()
                .map(c -> new ProposalForm.Option(c.code(), c.name(page.lang()))).toList();
        List<ProposalForm.Option> statuses = java.util.Arrays.stream(org.plenum.aiwatch.UseCaseStatus.values())
                .map(s -> new ProposalForm.Option(s.code(), page.t("usecases.status." + s.code()))).toList();
        List<Proposal> toEdit = proposals.mine(actor, UseCaseProposalKind.CODE).stream()
                .filter(p -> p.state() == ProposalState.RETURNED).toList();
        model.addAttribute("form", new ProposalForm(values, byField, parliamentOptions, chambers, categoryOptions, statuses,
                action, returned, toEdit));
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "aiwatch/usecases/propose";
    }

    private List<ProposedUseCase.Problem> problems(Actor actor, ProposedUseCase proposed) {
        List<ProposedUseCase.Problem> problems = new ArrayList<>(proposed.problems(checks()));
        String parliament = proposed.get("parliament");
        if (!parliament.isEmpty() && !actor.maySubmitForParliament(parliament)) {
            problems.add(0, new ProposedUseCase.Problem("parliament", "usecases.check.notYours", List.of(parliament)));
        }
        return problems;
    }

    private ProposedUseCase.Checks checks() {
        Snapshot snapshot = registry.current();
        PolicyActions tracker = actions.getIfAvailable();
        return new ProposedUseCase.Checks() {
            @Override
            public boolean category(String code) {
                return categories.find(code).isPresent();
            }

            @Override
            public boolean chamberOf(String parliament, String chamber) {
                return chamber.startsWith(parliament + "-")
                        && snapshot.get(org.plenum.registry.EntityRef.chamber(chamber)).isPresent();
            }

            @Override
            public Optional<Boolean> action(String id) {
                return tracker == null ? Optional.empty() : Optional.of(tracker.find(id).isPresent());
            }
        };
    }

    private String chamberName(ProposedUseCase proposed) {
        String chamber = proposed.get("chamber");
        return chamber.isEmpty() ? "" : registry.current().get(org.plenum.registry.EntityRef.chamber(chamber))
                .flatMap(c -> c.text("chamber_name", "en", EntityRecord.LATEST)).orElse(chamber);
    }

    private Proposal own(Actor actor, long id) {
        return proposals.find(actor, id)
                .filter(p -> p.kind().equals(UseCaseProposalKind.CODE) && p.submitterId() == actor.accountId()
                        && p.state() == ProposalState.RETURNED)
                .orElseThrow(() -> new PageNotFoundException("returned AI use-case proposal " + id));
    }

    private Proposal reviewed(Actor actor, long id) {
        if (!actor.mayReview()) {
            throw new PageNotFoundException("/review/ai-use-cases/" + id);
        }
        return proposals.find(actor, id).filter(p -> p.kind().equals(UseCaseProposalKind.CODE))
                .orElseThrow(() -> new PageNotFoundException("AI use-case proposal " + id));
    }

    private static String seeOther(String path) {
        RequestContextHolder.currentRequestAttributes().setAttribute(View.RESPONSE_STATUS_ATTRIBUTE,
                HttpStatus.SEE_OTHER, RequestAttributes.SCOPE_REQUEST);
        return "redirect:" + path;
    }
}
