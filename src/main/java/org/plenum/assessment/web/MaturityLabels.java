package org.plenum.assessment.web;

import java.util.List;
import java.util.Optional;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.results.Grouping;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.web.PageContext;

/**
 * The names the digital-maturity pages show for codes: regions and income groups (the registry's taxonomies), the
 * choices of an answer (the edition's own labels), and a band's colour.
 */
public record MaturityLabels(PageContext page, Optional<Taxonomy> regions, Optional<Taxonomy> incomes) {


    static MaturityLabels of(PageContext page, FieldCatalogue catalogue) {
        return new MaturityLabels(page, catalogue.taxonomy(Grouping.REGION.taxonomy()),
                catalogue.taxonomy(Grouping.INCOME_GROUP.taxonomy()));
    }

    public List<String> regionCodes() {
        return regions.map(t -> t.terms().stream().map(Taxonomy.Term::id).toList()).orElse(List.of());
    }

    public List<String> incomeCodes() {
        return Grouping.INCOME_ORDER;
    }

    public String region(Optional<String> code) {
        return code.map(this::region).orElse("—");
    }

    public String region(String code) {
        return term(regions, code);
    }

    public String income(Optional<String> code) {
        return code.map(this::income).orElse("—");
    }

    public String income(String code) {
        return term(incomes, code);
    }

    public String group(Grouping by, String code) {
        return by == Grouping.REGION ? region(code) : income(code);
    }

    /**
     * The population a published figure is about ("responding parliaments") in the reader's language: IPU's words are
     * English; each one the bundled figures use has a message {@code maturity.ipu.population.<words>} (a test checks).
     */
    public String population(String published) {
        return page.t("maturity.ipu.population." + published.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", ""));
    }

    private String term(Optional<Taxonomy> taxonomy, String code) {
        return taxonomy.flatMap(t -> t.term(code)).map(t -> t.label().getOrDefault(page.lang(), t.label().getOrDefault("en", code)))
                .orElse(code);
    }

    /**
     * The band's colour level 0–4 (site.css {@code .band-0} … {@code .band-4}, colour-blind-safe): bands spread over
     * the five from the lowest to the highest. The band's name is always written beside its colour.
     */
    public static int bandLevel(int index, int count) {
        if (count <= 1) {
            return 4;
        }
        return Math.min(4, (int) Math.round(index * 4 / (double) (count - 1)));
    }

    /** An answer as the reader reads it: the choices' labels (for choice questions), else the answer itself. */
    public String answer(Edition edition, String question, String value) {
        Optional<Question> q = edition.question(question);
        if (q.isEmpty()) {
            return value;
        }
        if (q.get().type() == QuestionType.YES_NO && q.get().choices().isEmpty()) {
            return "yes".equals(value) ? page.t("maturity.yes") : "no".equals(value) ? page.t("maturity.no") : value;
        }
        if (q.get().choices().isEmpty()) {
            return value;
        }
        StringBuilder text = new StringBuilder();
        for (String name : value.split("\\s+")) {
            String label = q.get().choices().stream().filter(c -> c.name().equals(name)).findFirst()
                    .map(Choice::label).map(l -> l.in(page.lang())).orElse(name);
            text.append(text.isEmpty() ? "" : "; ").append(label);
        }
        return text.toString();
    }

    /** The question's label (a matrix row's own label, after the matrix's). */
    public String question(Edition edition, String name) {
        return edition.question(name).map(q -> q.name().equals(name) ? q.label().in(page.lang())
                : q.label().in(page.lang()) + " — " + q.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .map(r -> r.label().in(page.lang())).orElse(name)).orElse(name);
    }
}
