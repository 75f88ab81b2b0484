package org.plenum.aiwatch.actions;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The monthly digest (decision 0066), as IPU's "Parliaments added or updated this month": the actions added or
 * updated in a month (UTC), from the versions kept, grouped by country (by the country's name), each as the month
 * left it with the fields that changed. Any past month can be asked for: the versions are never deleted.
 */
@Component
public class MonthlyDigest {

    private final ActionStore store;
    private final ActionCountries countries;

    MonthlyDigest(ActionStore store, ActionCountries countries) {
        this.store = store;
        this.countries = countries;
    }

    public List<ActionViews.DigestCountry> of(YearMonth month, String language) {
        Map<String, List<ActionVersion>> byAction = new LinkedHashMap<>();
        for (ActionVersion v : store.versionsIn(month)) {
            byAction.computeIfAbsent(v.actionId(), k -> new ArrayList<>()).add(v);
        }
        Map<String, List<ActionViews.DigestEntry>> byCountry = new LinkedHashMap<>();
        for (List<ActionVersion> versions : byAction.values()) {
            ActionVersion last = versions.get(versions.size() - 1);
            boolean added = versions.stream().anyMatch(ActionVersion::added);
            Set<String> fields = new LinkedHashSet<>();
            versions.forEach(v -> v.changes().forEach(c -> fields.add(c.field())));
            byCountry.computeIfAbsent(last.record().action().country(), k -> new ArrayList<>())
                    .add(new ActionViews.DigestEntry(last.record(), added, List.copyOf(fields)));
        }
        List<ActionViews.DigestCountry> groups = new ArrayList<>();
        byCountry.forEach((code, entries) -> groups.add(new ActionViews.DigestCountry(code,
                countries.name(code, language), entries.stream().sorted(Comparator.comparing(e -> e.record().id())).toList())));
        groups.sort(Comparator.comparing(ActionViews.DigestCountry::name));
        return groups;
    }

    /** The months with additions or updates, newest first. */
    public List<YearMonth> months() {
        return store.months();
    }
}
