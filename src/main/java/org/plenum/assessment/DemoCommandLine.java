package org.plenum.assessment;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.assessment.demo.SyntheticEParliamentSet;
import org.springframework.stereotype.Component;

/**
 * {@code plenum demo load|remove eparliament} (decision 0061): loads the synthetic e-Parliament set (115 anonymous
 * respondents answering Plenum's questionnaire 2024, labelled synthetic everywhere) through
 * {@link Responses#importAccepted} with source {@code demo}, or removes it. Loading twice changes nothing; removing
 * touches no real response. Exit status 0 done, 1 refused (nothing written), 2 a wrong command line.
 */
@Component
public class DemoCommandLine {

    public static final String USAGE = """
            usage: plenum demo load eparliament     load the synthetic e-Parliament set: 115 respondents "Synthetic
                                                    chamber 001"…"115" answering the questionnaire eparliament 2024,
                                                    calibrated to IPU's published shares (loading again changes nothing)
                   plenum demo remove eparliament   remove it (real responses are not touched)
            The set is never loaded at start; its respondents have a region and an income group, no chamber and no
            country, and are labelled synthetic on every page, file and API resource.""";

    /** The demonstration sets this command knows. */
    static final List<String> SETS = List.of("eparliament");

    static final String SOURCE = "demo";

    private final Questionnaires questionnaires;
    private final Responses responses;

    DemoCommandLine(Questionnaires questionnaires, Responses responses) {
        this.questionnaires = questionnaires;
        this.responses = responses;
    }

    /**
     * Checks the command line without starting anything.
     *
     * @return the message for a wrong command line (exit status 2), empty when it is right
     */
    public static Optional<String> check(List<String> args, List<String> options) {
        if (args.isEmpty()) {
            return Optional.of("plenum demo: say what to do: load or remove\n" + USAGE);
        }
        if (!args.get(0).equals("load") && !args.get(0).equals("remove")) {
            return Optional.of("plenum demo: unknown action '" + args.get(0) + "'; it is load or remove\n" + USAGE);
        }
        if (args.size() != 2) {
            return Optional.of("plenum demo " + args.get(0) + ": name one set (" + String.join(", ", SETS) + ")"
                    + (args.size() > 2 ? ", got " + String.join(" ", args.subList(1, args.size())) : "") + "\n" + USAGE);
        }
        if (!SETS.contains(args.get(1))) {
            return Optional.of("plenum demo " + args.get(0) + ": unknown set '" + args.get(1) + "'; the sets are "
                    + String.join(", ", SETS));
        }
        for (String option : options) {
            String name = option.substring(2).split("=", 2)[0];
            boolean setting = name.contains(".") || name.equals(name.toUpperCase(Locale.ROOT)) && name.matches(".*[A-Z].*");
            if (!setting) {
                return Optional.of("plenum demo " + args.get(0) + ": unknown option --" + name + "\n" + USAGE);
            }
        }
        return Optional.empty();
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> mistake = check(args, List.of());
        if (mistake.isPresent()) {
            err.println(mistake.get());
            return 2;
        }
        String action = args.get(0);
        String questionnaire = SyntheticEParliamentSet.QUESTIONNAIRE;
        String edition = SyntheticEParliamentSet.EDITION;
        String actor = "cli:" + System.getProperty("user.name", "unknown");
        if (questionnaires.edition(questionnaire, edition).isEmpty()) {
            err.println("plenum demo " + action + " eparliament: the questionnaire " + questionnaire + " " + edition
                    + " is not in the database (it is loaded at first start from assessment/questionnaires/"
                    + questionnaire + "/" + edition + "); nothing was changed.");
            return 1;
        }
        try {
            if (action.equals("load")) {
                List<Responses.ImportedResponse> set = SyntheticEParliamentSet.generate();
                int changed = responses.importAccepted(questionnaire, edition, set, SOURCE, actor);
                out.println(changed == 0
                        ? "The synthetic e-Parliament set (" + set.size() + " respondents) was already loaded: nothing changed."
                        : "Loaded the synthetic e-Parliament set: " + changed + " of " + set.size()
                                + " synthetic responses to " + questionnaire + " " + edition + " added or changed.");
            } else {
                int removed = responses.removeSynthetic(questionnaire, edition, actor);
                out.println(removed == 0 ? "No synthetic responses to " + questionnaire + " " + edition + ": nothing removed."
                        : "Removed " + removed + " synthetic responses to " + questionnaire + " " + edition + ".");
            }
            return 0;
        } catch (AssessmentException e) {
            err.println("plenum demo " + action + " eparliament: " + e.getMessage() + "; nothing was changed.");
            e.problems().stream().limit(20).forEach(problem -> err.println("  " + problem));
            return 1;
        }
    }
}
