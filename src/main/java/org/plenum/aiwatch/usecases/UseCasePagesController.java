package org.plenum.aiwatch.usecases;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The library's pages (issue 14): {@code /ai/use-cases} (search with highlights and facets; without a search, every
 * use case by category) and {@code /ai/use-cases/{id}} (every field, printable). A search on a French page searches the
 * French words (and the English of a use case not translated).
 */
@PageController
class UseCasePagesController {

    private final JdbcUseCases store;
    private final UseCaseIndex index;
    private final UseCaseViews views;
    private final UseCaseCategories categories;
    private final String publicUrl;

    UseCasePagesController(JdbcUseCases store, UseCaseIndex index, UseCaseViews views, UseCaseCategories categories,
                           @Value("${plenum.public-url}") String publicUrl) {
        this.store = store;
        this.index = index;
        this.views = views;
        this.categories = categories;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping({"/ai/use-cases", "/ai/use-cases/"})
    String library(HttpServletRequest request, @ModelAttribute("page") PageContext page, Model model) {
        String q = parameter(request, "q");
        if (q.length() > UseCaseIndex.MAX_QUERY_LENGTH) {
            throw new BadPageRequestException("q", page.t("usecases.search.tooLong", UseCaseIndex.MAX_QUERY_LENGTH));
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (String facet : UseCaseSearch.FACETS) {
            String value = parameter(request, facet);
            if (!value.isEmpty()) {
                filters.put(facet, value);
            }
        }
        UseCaseSearch.Result result = index.search(new UseCaseSearch.Query(q, page.lang(), filters));
        model.addAttribute("library", page(result, page));
        return "aiwatch/usecases/library";
    }

    private LibraryPage page(UseCaseSearch.Result result, PageContext page) {
        String lang = page.lang();
        boolean searching = result.query().hasText() || !result.query().filters().isEmpty();
        List<LibraryPage.Hit> hits = new ArrayList<>();
        List<LibraryPage.Group> groups = new ArrayList<>();
        if (searching) {
            for (UseCaseSearch.Hit hit : result.hits()) {
                UseCaseView view = views.view(hit.entry(), page);
                List<LibraryPage.Snippet> snippets = hit.snippets().stream()
                        .map(s -> new LibraryPage.Snippet(page.t("usecases.field." + s.field()), s.html())).toList();
                hits.add(new LibraryPage.Hit(view, hit.titleHtml(), snippets));
            }
        } else {
            for (UseCaseCategory category : categories.list()) {
                List<UseCaseView> inCategory = result.hits().stream()
                        .filter(h -> h.entry().useCase().category().equals(category.code()))
                        .map(h -> views.view(h.entry(), page)).toList();
                if (!inCategory.isEmpty()) {
                    groups.add(new LibraryPage.Group(category, category.name(lang), inCategory));
                }
            }
        }
        Map<String, List<LibraryPage.Facet>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, List<UseCaseSearch.FacetCount>> facet : result.facets().entrySet()) {
            List<LibraryPage.Facet> values = new ArrayList<>();
            for (UseCaseSearch.FacetCount count : facet.getValue()) {
                values.add(new LibraryPage.Facet(count.value(), label(facet.getKey(), count.value(), page),
                        count.count()));
            }
            if (facet.getKey().equals("year")) {
                values.sort((a, b) -> b.value().compareTo(a.value()));
            } else {
                values.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
            }
            facets.put(facet.getKey(), List.copyOf(values));
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        if (result.query().hasText()) {
            query.append("q=").append(PageContext.encode(result.query().text()));
        }
        for (String facet : UseCaseSearch.FACETS) {
            String value = result.query().filters().getOrDefault(facet, "");
            chosen.put(facet, value);
            if (!value.isEmpty()) {
                query.append(query.isEmpty() ? "" : "&").append(facet).append('=').append(PageContext.encode(value));
            }
        }
        query.append(query.isEmpty() ? "" : "&").append("lang=").append(lang);
        return new LibraryPage(result.query().text(), searching, result.escaped(), result.total(), List.copyOf(hits),
                List.copyOf(groups), facets, chosen, query.toString());
    }

    private String label(String facet, String value, PageContext page) {
        return switch (facet) {
            case "category" -> categories.find(value).map(c -> c.name(page.lang())).orElse(value);
            case "country" -> views.countryName(value, page.lang());
            case "status" -> page.t("usecases.status." + value);
            default -> value;
        };
    }

    @GetMapping({"/ai/use-cases/{id}", "/ai/use-cases/{id}/"})
    String useCase(@PathVariable("id") String id, @ModelAttribute("page") PageContext page, Model model) {
        LibraryEntry entry = store.entry(id).orElseThrow(() -> new PageNotFoundException("AI use case " + id));
        model.addAttribute("useCase", views.view(entry, page));
        model.addAttribute("address", publicUrl + "/ai/use-cases/" + id);
        return "aiwatch/usecases/use-case";
    }

    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}
