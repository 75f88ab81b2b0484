package org.plenum.aiwatch.actions;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.plenum.web.chart.RenderedChart;

/** The models of the tracker's page templates (public: the precompiled templates are outside this package). */
public final class ActionViews {

    private ActionViews() {
    }

    /** A choice of a filter's list: its value, its name, and whether it is chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A country with its number of actions (the map's table). */
    public record CountryCount(String code, String name, long count) {
    }

    /** {@code /ai/actions}. */
    public record ListPage(ActionFilter filter, List<ActionRecord> rows, int total, List<Option> countries,
                           List<Option> regions, List<Option> incomes, List<Option> types, List<Option> statuses,
                           List<Option> years, List<Option> publishers, Optional<RenderedChart> timeline,
                           long undated, String mapSrc, List<CountryCount> byCountry, String query) {
    }

    /** {@code /ai/actions/{id}}. */
    public record DetailPage(ActionRecord record, String countryName, List<String> chamberTitles,
                             List<ActionRecord> related, List<ActionRecord> relatedBy, List<ActionVersion> versions) {
    }

    /** {@code /ai}. */
    public record OverviewPage(int actions, int countries, int ipu, int other, int thisMonth, YearMonth month,
                               List<ActionRecord> latest) {
    }

    /** An action in a month's digest: as the month left it, whether it was new, and the fields changed. */
    public record DigestEntry(ActionRecord record, boolean added, List<String> changedFields) {
    }

    /** The digest's actions of one country. */
    public record DigestCountry(String code, String name, List<DigestEntry> entries) {
    }

    /** {@code /ai/digest[/{yyyy-mm}]}. */
    public record DigestPage(YearMonth month, List<DigestCountry> countries, List<YearMonth> months,
                             boolean current) {
        public int actions() {
            return countries.stream().mapToInt(c -> c.entries().size()).sum();
        }
    }

    /** The proposal form: the fields, their problems (field → message keys), the countries and chambers to choose. */
    public record FormPage(String action, String heading, ActionForm form, java.util.Map<String, List<String>> problems,
                           List<Option> countries, List<Option> chambers, List<Option> types, List<Option> statuses,
                           int version, String comment, String csrfName, String csrfToken) {
        public boolean invalid(String field) {
            return problems.containsKey(field);
        }

        public List<String> problemsOf(String field) {
            return problems.getOrDefault(field, List.of());
        }
    }

    /** A proposal of an action as the reviewer or its submitter sees it. */
    public record ProposalPage(org.plenum.stewardship.Proposal proposal, ActionRecord proposed, String countryName,
                               List<String> chamberTitles, String notice, String csrfName, String csrfToken) {
    }
}
