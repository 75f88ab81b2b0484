package org.plenum.aiwatch.readiness;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.accounts.Actor;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Response;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
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
 * The AI readiness self-assessment's pages (decision 0069). Public: {@code /ai/readiness} (what it is: dimensions,
 * levels, privacy; the published profiles; the peers in aggregate) and {@code /ai/readiness/profiles/{chamber}} (a
 * profile its chamber has published; 404 otherwise). Private: {@code /my/ai-readiness} (the person's chambers) and
 * {@code /my/ai-readiness/{chamber}} (the profile with its gaps and next steps, the link to the questionnaire, the
 * publish switch), seen by the chamber's correspondents and editors only. The questionnaire itself is the assessment
 * module's form ({@code /my/surveys/ai-readiness/…}), which comes back here when completed.
 */
@PageController
class ReadinessPagesController {

    private final ReadinessProfiles profiles;
    private final ReadinessRecommendations recommendations;
    private final ProfileViews views;

    ReadinessPagesController(ReadinessProfiles profiles, ReadinessRecommendations recommendations, ProfileViews views) {
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.views = views;
    }

    @GetMapping("/ai/readiness")
    String landing(@ModelAttribute("page") PageContext page, Model model) {
        Framework framework = profiles.framework().orElseThrow(() -> new PageNotFoundException("no framework ai-readiness"));
        PeerAggregate peers = profiles.aggregate();
        List<ReadinessRows.PublishedRow> published = new ArrayList<>();
        for (ReadinessProfile p : profiles.publishedProfiles()) {
            published.add(new ReadinessRows.PublishedRow(p.chamber(), profiles.chamberName(p.chamber(), page.lang()),
                    ProfileViews.score(p.overall(), page), p.overallLevel().map(b -> b.label().in(page.lang())).orElse("—"),
                    "/ai/readiness/profiles/" + PageContext.encode(p.chamber())));
        }
        published.sort((a, b) -> a.chamberName().compareTo(b.chamberName()));
        model.addAttribute("framework", framework);
        model.addAttribute("levels", levels(framework, page));
        model.addAttribute("published", published);
        model.addAttribute("peers", peers);
        model.addAttribute("edition", profiles.edition().map(Edition::edition).orElse(""));
        model.addAttribute("about", recommendations.about().in(page.lang()));
        return "aiwatch/readiness/landing";
    }

    @GetMapping("/ai/readiness/profiles/{chamber}")
    String publicProfile(@PathVariable String chamber, @ModelAttribute("page") PageContext page, Model model) {
        ReadinessProfile profile = profiles.publishedProfile(chamber).orElseThrow(() -> new PageNotFoundException(
                "no published AI readiness profile of " + chamber));
        model.addAttribute("profile", views.of(profile, profiles.aggregate(), page));
        model.addAttribute("peers", profiles.aggregate());
        return "aiwatch/readiness/public-profile";
    }

    @GetMapping("/my/ai-readiness")
    String mine(@AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page, Model model) {
        List<ReadinessRows.MyRow> rows = new ArrayList<>();
        List<String> chambers = new ArrayList<>(profiles.chambersOf(actor));
        if (actor.mayReview()) {
            // editors: every chamber that has started the self-assessment, besides their own
            profiles.edition().ifPresent(e -> profiles.responses(e).forEach(r -> r.respondent().chamber()
                    .filter(c -> !chambers.contains(c)).ifPresent(chambers::add)));
        }
        for (String chamber : chambers) {
            if (!profiles.chamberExists(chamber)) {
                continue;
            }
            String state = profiles.response(chamber).map(r -> "readiness.state." + r.state().name().toLowerCase())
                    .orElse("readiness.state.none");
            rows.add(new ReadinessRows.MyRow(chamber, profiles.chamberName(chamber, page.lang()), page.t(state),
                    "/my/ai-readiness/" + PageContext.encode(chamber)));
        }
        model.addAttribute("rows", rows);
        return "aiwatch/readiness/mine";
    }

    @GetMapping("/my/ai-readiness/{chamber}")
    String profile(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                   @RequestParam(defaultValue = "") String done, @ModelAttribute("page") PageContext page,
                   CsrfToken csrf, HttpServletResponse response, Model model) {
        if (!ReadinessProfiles.maySee(actor, chamber)) {
            return forbidden(response, model, chamber);
        }
        if (!profiles.chamberExists(chamber)) {
            throw new PageNotFoundException("chamber " + chamber);
        }
        return page(actor, chamber, done, "", page, csrf, model);
    }

    @PostMapping("/my/ai-readiness/{chamber}/publication")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable String chamber,
                   @RequestParam(defaultValue = "") String publish, @ModelAttribute("page") PageContext page,
                   CsrfToken csrf, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!ReadinessProfiles.maySee(actor, chamber)) {
            return forbidden(response, model, chamber);
        }
        if (!profiles.chamberExists(chamber)) {
            throw new PageNotFoundException("chamber " + chamber);
        }
        if (!publish.equals("yes") && !publish.equals("no")) {
            response.setStatus(400);
            return page(actor, chamber, "", "readiness.publish.badChoice", page, csrf, model);
        }
        try {
            profiles.publish(actor, request.getRemoteAddr(), chamber, publish.equals("yes"));
        } catch (ReadinessNotAllowedException e) {
            return forbidden(response, model, chamber);
        } catch (ReadinessStateException e) {
            response.setStatus(409);
            return page(actor, chamber, "", "readiness.publish.notCompleted", page, csrf, model);
        }
        RequestContextHolder.currentRequestAttributes().setAttribute(View.RESPONSE_STATUS_ATTRIBUTE,
                HttpStatus.SEE_OTHER, RequestAttributes.SCOPE_REQUEST);
        return "redirect:/my/ai-readiness/" + PageContext.encode(chamber) + "?done="
                + (publish.equals("yes") ? "published" : "withdrawn");
    }

    private String page(Actor actor, String chamber, String done, String error, PageContext page, CsrfToken csrf,
                        Model model) {
        Optional<Edition> edition = profiles.edition();
        Optional<Response> response = profiles.response(chamber);
        Optional<ReadinessProfile> profile = profiles.profile(chamber);
        String self = "/my/ai-readiness/" + PageContext.encode(chamber);
        model.addAttribute("chamber", chamber);
        model.addAttribute("chamberName", profiles.chamberName(chamber, page.lang()));
        model.addAttribute("state", page.t(response.map(r -> "readiness.state." + r.state().name().toLowerCase())
                .orElse("readiness.state.none")));
        model.addAttribute("stateId", response.map(r -> r.state().name().toLowerCase()).orElse("none"));
        model.addAttribute("formHref", edition.map(e -> "/my/surveys/" + PageContext.encode(e.questionnaire()) + "/"
                + PageContext.encode(e.edition()) + "/" + PageContext.encode(chamber) + "?next=" + self).orElse(""));
        model.addAttribute("profile", profile.map(p -> views.of(p, profiles.aggregate(), page)));
        model.addAttribute("peers", profiles.aggregate());
        model.addAttribute("mayPublish", ReadinessProfiles.ownChamber(actor, chamber));
        model.addAttribute("done", List.of("published", "withdrawn").contains(done) ? done : "");
        model.addAttribute("error", error);
        model.addAttribute("csrfName", csrf.getParameterName());
        model.addAttribute("csrfToken", csrf.getToken());
        return "aiwatch/readiness/profile";
    }

    private List<ReadinessRows.LevelRow> levels(Framework framework, PageContext page) {
        List<ReadinessRows.LevelRow> rows = new ArrayList<>();
        for (int i = 0; i < framework.bands().size(); i++) {
            Framework.Band band = framework.bands().get(i);
            String to = i + 1 < framework.bands().size() ? number(framework.bands().get(i + 1).from(), page) : "";
            rows.add(new ReadinessRows.LevelRow(band.code(), band.label().in(page.lang()), to.isEmpty()
                    ? page.t("readiness.level.rangeTop", number(band.from(), page))
                    : page.t("readiness.level.range", number(band.from(), page), to),
                    recommendations.level(band.code()).map(l -> l.meaning().in(page.lang())).orElse("")));
        }
        return rows;
    }

    /** A bound as written: 1, 5.5, 3.25 (the reader's decimal separator). */
    static String number(double value, PageContext page) {
        int digits = value == Math.rint(value) ? 0 : value * 10 == Math.rint(value * 10) ? 1 : 2;
        return page.decimal(value, digits);
    }

    private static String forbidden(HttpServletResponse response, Model model, String chamber) {
        response.setStatus(403);
        model.addAttribute("chamber", chamber);
        return "aiwatch/readiness/forbidden";
    }
}
