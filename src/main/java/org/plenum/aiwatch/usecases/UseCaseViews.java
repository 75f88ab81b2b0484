package org.plenum.aiwatch.usecases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.aiwatch.PolicyActions;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseText;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.PageContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds {@link UseCaseView}s: names from the registry and the categories, related actions from the tracker. */
@Component
public class UseCaseViews {

    private final PublishedRegistry registry;
    private final UseCaseCategories categories;
    private final ObjectProvider<PolicyActions> actions;

    UseCaseViews(PublishedRegistry registry, UseCaseCategories categories, ObjectProvider<PolicyActions> actions) {
        this.registry = registry;
        this.categories = categories;
        this.actions = actions;
    }

    public UseCaseView view(LibraryEntry entry, PageContext page) {
        return view(entry, page.lang(), page::t);
    }

    /** The view in {@code language}; {@code messages} gives the interface text (headings, statuses). */
    UseCaseView view(LibraryEntry entry, String language, Messages messages) {
        UseCase u = entry.useCase();
        Snapshot snapshot = registry.current();
        boolean french = language.equals("fr") && u.french().isPresent();
        UseCaseText text = french ? u.french().orElseThrow() : u.english();
        List<UseCaseView.Field> fields = new ArrayList<>();
        List<String> values = UseCaseTexts.values(text);
        for (int i = 1; i < values.size(); i++) {
            String name = UseCaseTexts.FIELDS.get(i);
            String value = values.get(i);
            if (value.isBlank()) {
                continue;
            }
            boolean list = UseCaseTexts.LISTS.contains(name);
            List<String> items = list ? Arrays.stream(value.split(";\\s+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(UseCaseViews::upperFirst).toList() : List.of(value);
            boolean cut = UseCaseTexts.REST_NOT_READ.stream().anyMatch(value::contains);
            fields.add(new UseCaseView.Field(name, messages.t("usecases.field." + name), items, list, cut));
        }
        String countryName = snapshot.get(EntityRef.country(u.country()))
                .flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).orElse(u.country());
        String chamberName = u.chamber().flatMap(code -> snapshot.get(EntityRef.chamber(code)))
                .flatMap(c -> c.text("chamber_name", language, EntityRecord.LATEST)).orElse(entry.chamberAsNamed());
        Optional<String> chamberPath = u.chamber().map(code -> "/parliament/" + u.country() + "/" + code + "/");
        UseCaseCategory category = categories.find(u.category())
                .orElse(new UseCaseCategory(u.category(), u.category(), u.category(), false));
        Optional<PolicyActions> tracker = Optional.ofNullable(actions.getIfAvailable());
        List<UseCaseView.RelatedAction> related = u.related().stream()
                .map(id -> new UseCaseView.RelatedAction(id, "/ai/actions/" + id,
                        tracker.flatMap(t -> t.find(id)).map(PolicyAction::titleEnglish)))
                .toList();
        return new UseCaseView(entry, u.id(), text.title(), french ? "fr" : "en", french, category.code(),
                category.name(language), u.categoryByIpu(), u.country(), countryName, chamberName, chamberPath,
                u.chamber().isPresent(), u.date().map(Object::toString).orElse(""), u.status().code(),
                messages.t("usecases.status." + u.status().code()), List.copyOf(fields), related, u.source(), u.ipu());
    }

    private static String upperFirst(String item) {
        return item.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + item.substring(1);
    }

    /** The registry's name of a country in a language, else its code. */
    public String countryName(String code, String language) {
        return registry.current().get(EntityRef.country(code))
                .flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).orElse(code);
    }

    /** Interface text by key. */
    @FunctionalInterface
    interface Messages {
        String t(String key);
    }
}
