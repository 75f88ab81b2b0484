package org.plenum.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenum.assessment.AnswerProblem;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.assessment.internal.AnswerChecks;
import org.plenum.assessment.internal.XlsFormExpression;
import org.plenum.assessment.web.SurveyViews.OptionView;
import org.plenum.assessment.web.SurveyViews.ProblemLink;
import org.plenum.assessment.web.SurveyViews.QuestionView;
import org.plenum.assessment.web.SurveyViews.RowView;
import org.plenum.assessment.web.SurveyViews.SectionView;
import org.plenum.web.PageContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an edition, answers and their problems into what the survey pages show, in the reader's language: the
 * sections and questions with their inputs' state, the problems next to each question, whether each is asked (skip
 * logic), the skip logic in words and as a JSON tree for the static script, the progress in required answers.
 */
public final class SurveyForms {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SurveyForms() {
    }

    /** The name a form field of an answer has: {@code a.<name>} (so answers never clash with the form's own fields). */
    public static String field(String name) {
        return "a." + name;
    }

    public static List<SectionView> sections(Edition edition, Answers answers, List<AnswerProblem> problems,
                                             Optional<Answers> previous, PageContext page) {
        String lang = page.lang();
        Map<String, Boolean> relevance = AnswerChecks.relevance(edition, answers);
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (AnswerProblem problem : problems) {
            messages.computeIfAbsent(problem.question(), q -> new ArrayList<>()).add(problem.message().in(lang));
        }
        List<SectionView> sections = new ArrayList<>();
        for (Section section : edition.sections()) {
            List<QuestionView> questions = new ArrayList<>();
            boolean sectionAsked = relevance.getOrDefault(section.name(), true);
            for (Question q : section.questions()) {
                // in a section not asked, the section hides its questions: each question is then shown or hidden by
                // its own expression only when the section appears (the static script evaluates it)
                questions.add(question(edition, q, answers, !sectionAsked || relevance.getOrDefault(q.name(), true),
                        messages, previous, page));
            }
            sections.add(new SectionView(section.name(), section.title().in(lang), section.hint().in(lang),
                    relevance.getOrDefault(section.name(), true), section.relevant().map(SurveyForms::json).orElse(""),
                    section.relevant().map(r -> SkipLogicWords.describe(r, edition, page)).orElse(""), questions));
        }
        return sections;
    }

    private static QuestionView question(Edition edition, Question q, Answers answers, boolean relevant,
                                         Map<String, List<String>> messages, Optional<Answers> previous,
                                         PageContext page) {
        String lang = page.lang();
        String value = answers.get(q.name()).orElse("");
        List<OptionView> options = options(q, answers.selected(q.name()), page);
        List<RowView> rows = new ArrayList<>();
        for (MatrixRow row : q.rows()) {
            rows.add(new RowView(row.name(), row.label().in(lang), row.required() || q.required(),
                    options(q, answers.selected(row.name()), page), messages.getOrDefault(row.name(), List.of()),
                    display(q, answers.get(row.name()).orElse(""), "", page)));
        }
        String previousAnswer = previous.map(p -> q.type() == QuestionType.MATRIX
                ? q.rows().stream().filter(r -> p.get(r.name()).isPresent())
                        .map(r -> r.label().in(lang) + ": " + display(q, p.get(r.name()).get(), "", page))
                        .collect(Collectors.joining("; "))
                : display(q, p.get(q.name()).orElse(""), p.get(q.otherName()).orElse(""), page)).orElse("");
        return new QuestionView(q.name(), q.type().name().toLowerCase(java.util.Locale.ROOT), q.label().in(lang),
                q.hint().in(lang), q.required(), relevant, q.relevant().map(SurveyForms::json).orElse(""),
                q.relevant().map(r -> SkipLogicWords.describe(r, edition, page)).orElse(""), value,
                display(q, value, answers.get(q.otherName()).orElse(""), page), options, q.otherSpecify(),
                answers.get(q.otherName()).orElse(""), messages.getOrDefault(q.otherName(), List.of()), rows,
                messages.getOrDefault(q.name(), List.of()), previousAnswer,
                q.constraint().map(c -> q.constraintMessage().isEmpty() ? c : q.constraintMessage().in(lang)).orElse(""));
    }

    private static List<OptionView> options(Question q, java.util.Set<String> selected, PageContext page) {
        List<OptionView> options = new ArrayList<>();
        if (q.type() == QuestionType.YES_NO) {
            options.add(new OptionView("yes", page.t("surveys.yes"), selected.contains("yes")));
            options.add(new OptionView("no", page.t("surveys.no"), selected.contains("no")));
            return options;
        }
        for (Choice choice : q.choices()) {
            options.add(new OptionView(choice.name(), choice.label().in(page.lang()), selected.contains(choice.name())));
        }
        if (q.otherSpecify()) {
            options.add(new OptionView("other", page.t("surveys.other"), selected.contains("other")));
        }
        return options;
    }

    /** An answer as people read it: choices by their labels, "Other: …" with its text; dates and numbers as given. */
    public static String display(Question q, String value, String other, PageContext page) {
        if (value.isEmpty()) {
            return "";
        }
        return switch (q.type()) {
            case YES_NO -> value.equals("yes") ? page.t("surveys.yes") : value.equals("no") ? page.t("surveys.no") : value;
            case SINGLE_CHOICE, MULTIPLE_CHOICE, MATRIX -> java.util.Arrays.stream(value.split("\\s+"))
                    .map(name -> name.equals("other") && q.otherSpecify()
                            ? (other.isEmpty() ? page.t("surveys.other") : page.t("surveys.otherAnswer", other))
                            : q.choices().stream().filter(c -> c.name().equals(name)).findFirst()
                                    .map(c -> c.label().in(page.lang())).orElse(name))
                    .collect(Collectors.joining("; "));
            default -> value;
        };
    }

    /** The required answers of the questions asked, and how many of them are given: {answered, required}. */
    public static int[] progress(Edition edition, Answers answers) {
        Map<String, Boolean> relevance = AnswerChecks.relevance(edition, answers);
        int required = 0;
        int answered = 0;
        for (Question q : edition.questions().toList()) {
            if (!relevance.getOrDefault(q.name(), true) || q.type() == QuestionType.NOTE) {
                continue;
            }
            if (q.type() == QuestionType.MATRIX) {
                for (MatrixRow row : q.rows()) {
                    if (row.required() || q.required()) {
                        required++;
                        answered += answers.get(row.name()).isPresent() ? 1 : 0;
                    }
                }
            } else if (q.required()) {
                required++;
                answered += answers.get(q.name()).isPresent() ? 1 : 0;
            }
        }
        return new int[] {answered, required};
    }

    /** The problems as a list at the top of a form, each linking to its question. */
    public static List<ProblemLink> summary(Edition edition, List<AnswerProblem> problems, PageContext page) {
        List<ProblemLink> links = new ArrayList<>();
        for (AnswerProblem problem : problems) {
            Optional<Question> q = edition.question(problem.question());
            if (q.isEmpty() && problem.question().endsWith("_other")) {
                q = edition.question(problem.question().substring(0, problem.question().length() - "_other".length()));
            }
            String label = q.map(question -> question.rows().stream().filter(r -> r.name().equals(problem.question()))
                    .findFirst().map(r -> question.label().in(page.lang()) + " — " + r.label().in(page.lang()))
                    .orElse(question.label().in(page.lang()))).orElse(problem.question());
            links.add(new ProblemLink("q-" + problem.question(), label, problem.message().in(page.lang())));
        }
        return links;
    }

    /** The text of a {@link Text} in the page's language. */
    public static String text(Text text, PageContext page) {
        return text.in(page.lang());
    }

    // ---- skip logic for the static script

    static String json(String expression) {
        return JSON.writeValueAsString(node(AnswerChecks.expression(expression).root()));
    }

    private static ObjectNode node(XlsFormExpression.Node node) {
        ObjectNode out = JSON.createObjectNode();
        if (node instanceof XlsFormExpression.Literal l) {
            out.put("t", "lit");
            if (l.value() instanceof Double d) {
                out.put("v", d);
            } else {
                out.put("v", l.value().toString());
            }
        } else if (node instanceof XlsFormExpression.Reference r) {
            out.put("t", "ref");
            out.put("n", r.name());
        } else if (node instanceof XlsFormExpression.Binary b) {
            out.put("t", "bin");
            out.put("op", b.operator());
            out.set("l", node(b.left()));
            out.set("r", node(b.right()));
        } else if (node instanceof XlsFormExpression.Call c) {
            out.put("t", "call");
            out.put("f", c.function());
            ArrayNode args = out.putArray("a");
            c.arguments().forEach(a -> args.add(node(a)));
        } else {
            out.put("t", "self");
        }
        return out;
    }
}
