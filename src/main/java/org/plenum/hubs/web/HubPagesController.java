package org.plenum.hubs.web;

import java.util.List;
import org.plenum.accounts.Actor;
import org.plenum.hubs.Hub;
import org.plenum.hubs.HubKind;
import org.plenum.hubs.Hubs;
import org.plenum.hubs.ParticipationYear;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public hub pages: {@code /hubs} (the hubs by kind, the participation over time computed from the memberships
 * beside IPU's published figures, a map of hub membership, downloads) and {@code /hubs/{code}} (host over time,
 * coordinators, members with dates, activities, sources, what is not known). A signed-in correspondent sees "Ask to
 * join" on a hub's page, an editor "Edit".
 */
@PageController
class HubPagesController {

    private final Hubs hubs;

    HubPagesController(Hubs hubs) {
        this.hubs = hubs;
    }

    @GetMapping("/hubs")
    String list(@ModelAttribute("page") PageContext page, Model model) {
        List<Hub> all = hubs.all();
        List<ParticipationYear> years = hubs.participation();
        model.addAttribute("regional", all.stream().filter(h -> h.kind() == HubKind.REGIONAL).toList());
        model.addAttribute("thematic", all.stream().filter(h -> h.kind() == HubKind.THEMATIC).toList());
        model.addAttribute("years", years);
        model.addAttribute("chart", HubMapAndChart.participationChart(page, years));
        model.addAttribute("map", HubMapAndChart.membershipMap(page, all, hubs));
        model.addAttribute("hubs", hubs);
        return "hubs/list";
    }

    /** The map of hub membership as an SVG file (the page shows it as an image, with its data as a table). */
    @GetMapping("/hubs/map.svg")
    org.springframework.http.ResponseEntity<String> map(@ModelAttribute("page") PageContext page) {
        return org.springframework.http.ResponseEntity.ok().contentType(org.plenum.web.chart.ChartEmbedding.SVG)
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .header("Content-Security-Policy", org.plenum.web.chart.ChartEmbedding.CONTENT_SECURITY_POLICY)
                .body(HubMapAndChart.membershipMap(page, hubs.all(), hubs).chart().svg());
    }

    @GetMapping("/hubs/{code}")
    String hub(@PathVariable String code, @AuthenticationPrincipal Actor actor, @ModelAttribute("page") PageContext page,
               Model model) {
        Hub hub = hubs.find(code).orElseThrow(() -> new PageNotFoundException("hub " + code));
        model.addAttribute("hub", hub);
        model.addAttribute("hubs", hubs);
        model.addAttribute("mayAsk", actor != null && !actor.mayReview() && !actor.parliaments().isEmpty());
        model.addAttribute("mayEdit", actor != null && actor.mayReview());
        return "hubs/hub";
    }
}
