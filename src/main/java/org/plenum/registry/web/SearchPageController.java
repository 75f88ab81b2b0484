package org.plenum.registry.web;

import java.util.List;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /search?q=}: countries and chambers by any of their names; a plain GET form, no JavaScript needed. */
@PageController
class SearchPageController {

    static final int LIMIT = 50;

    private final NameIndex index;

    SearchPageController(NameIndex index) {
        this.index = index;
    }

    @org.plenum.web.CachedPage
    @GetMapping("/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, @ModelAttribute("page") PageContext page, Model model) {
        String q = query.length() > 200 ? query.substring(0, 200) : query;
        List<SearchResult> results = index.search(q, LIMIT).stream().map(hit -> result(hit, page)).toList();
        model.addAttribute("query", q.strip());
        model.addAttribute("results", results);
        return "registry/search";
    }

    private SearchResult result(NameIndex.Hit hit, PageContext page) {
        NameIndex.Entry entry = hit.entry();
        String name = entry.name().in(page.lang());
        String matched = SearchNormalizer.normalize(hit.matchedName()).equals(SearchNormalizer.normalize(name))
                || hit.matchedName().equals(entry.code()) ? "" : hit.matchedName();
        if (entry.kind() == NameIndex.Kind.COUNTRY) {
            return new SearchResult(name, page.t("registry.search.country"), page.link(CountryPages.countryPath(entry.code())), matched,
                    entry.former());
        }
        String country = index.countryName(entry.countryCode()).map(n -> n.in(page.lang())).orElse(entry.countryCode());
        return new SearchResult(name, page.t("registry.search.chamber", country),
                page.link(CountryPages.chamberPath(entry.countryCode(), entry.code())), matched, false);
    }
}
