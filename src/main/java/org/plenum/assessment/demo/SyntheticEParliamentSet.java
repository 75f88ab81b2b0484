package org.plenum.assessment.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Responses.ImportedResponse;

/**
 * The synthetic demonstration set of the e-Parliament questionnaire 2024 (decision 0061): 115 anonymous respondents,
 * "Synthetic chamber 001" to "115" (keys {@code synthetic-001}…), with no chamber and no country, only a real IPU
 * region and World Bank income group, answering Plenum's questionnaire ({@code assessment/questionnaires/eparliament/
 * 2024}). The same seed gives the same set, byte for byte ({@link #csv}).
 *
 * <p>Each respondent has a latent maturity: an income group's effect (the strongest), a region's (Europe and the
 * Americas ahead, the Pacific and sub-Saharan Africa behind) and noise. Every answer is drawn from it, so maturity rises
 * with income. The answers behind IPU's published headline shares are not drawn but <em>calibrated</em>: exactly
 * {@code round(share × 115)} respondents, those with the highest latent maturity plus noise, answer so that the practice
 * holds ({@link #HEADLINES}). Skip logic is respected: a question is answered only when its {@code relevant} holds.
 */
public final class SyntheticEParliamentSet {

    /**
     * The seed: the first from 1 for which, under the framework dmi 2024.1, the published shares that depend on the
     * scores also come out within one respondent (44% of high-income respondents in the top 30, 63% of low-income and
     * 52% of lower-middle-income ones among the lowest 30, two-thirds of low-income ones in the least mature band). The
     * practice shares ({@link #HEADLINES}) come out with any seed.
     */
    public static final long SEED = 51L;

    public static final int SIZE = 115;

    public static final String QUESTIONNAIRE = "eparliament";
    public static final String EDITION = "2024";

    /**
     * Respondents per IPU region and income group (Plenum's choice, documented in docs/assessment-method.md): IPU
     * published 115 chambers in 86 countries, most of them high and upper-middle income, Europe the largest group;
     * not the respondents' regions and incomes. Rows: region, high, upper-middle, lower-middle, low.
     */
    static final Object[][] COMPOSITION = {
            {"europe", 34, 8, 2, 0},
            {"americas", 9, 11, 3, 1},
            {"asia", 5, 5, 6, 1},
            {"middle_east_and_north_africa", 3, 2, 3, 1},
            {"sub_saharan_africa", 0, 2, 7, 8},
            {"pacific", 1, 1, 2, 0},
    };

    static final String[] INCOME_GROUPS = {"high_income", "upper_middle_income", "lower_middle_income", "low_income"};

    /** The income group's effect on latent maturity (the strongest predictor, as the report found). */
    private static final Map<String, Double> INCOME_EFFECT = Map.of("high_income", 0.8, "upper_middle_income", 0.3,
            "lower_middle_income", -0.4, "low_income", -0.9);

    /** The region's effect, beyond income: Europe and the Americas lead, the Pacific and sub-Saharan Africa trail. */
    private static final Map<String, Double> REGION_EFFECT = Map.of("europe", 0.2, "americas", 0.15, "asia", 0.0,
            "middle_east_and_north_africa", -0.05, "sub_saharan_africa", -0.2, "pacific", -0.3);

    /** IPU's published figures: {@code dataset/eparliament/wepr-2024-published-figures.csv} (indicator → value). */
    public static final String PUBLISHED_FIGURES = "dataset/eparliament/wepr-2024-published-figures.csv";

    /**
     * A published headline share the set is calibrated to: the framework's practice (named as the published figure's
     * {@code indicator}), the question and the choices for which it holds, and IPU's percentage from
     * {@link #PUBLISHED_FIGURES}.
     */
    public record Headline(String practice, String question, List<String> choices, int percent) {
        /** How many of the 115 respondents answer so that the practice holds. */
        public int count() {
            return (int) Math.round(percent * SIZE / 100.0);
        }
    }

    public static final List<Headline> HEADLINES = headlines(
            "multi_year_digital_strategy", "digital_strategy", "multi_year",
            "formal_modernisation_programme", "modernisation_programme", "yes",
            "uses_cloud_services", "cloud_services", "yes",
            "uses_ai_tools", "ai_use", "in_use piloting",
            "national_cybersecurity_standards", "cyber_national_standards", "yes",
            "internal_cybersecurity_strategy", "cyber_strategy", "yes",
            "cip_participation_2020", "cip_hub_2020", "yes",
            "cip_participation_2024", "cip_hub_2024", "yes",
            "cip_interest_future_participation", "cip_future", "join",
            "willing_to_support_others", "willing_to_support", "yes");

    /** The published figures, indicator to value, in the file's order. */
    public static Map<String, Double> publishedFigures() {
        try (InputStream in = SyntheticEParliamentSet.class.getClassLoader().getResourceAsStream(PUBLISHED_FIGURES)) {
            if (in == null) {
                throw new IllegalStateException(PUBLISHED_FIGURES + " is not on the class path");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (lines.isEmpty() || !lines.get(0).startsWith("indicator,value,")) {
                throw new IllegalStateException(PUBLISHED_FIGURES + ": row 1: the header must start with indicator,value");
            }
            Map<String, Double> figures = new LinkedHashMap<>();
            for (int row = 1; row < lines.size(); row++) {
                String[] cells = lines.get(row).split(",", 3);
                try {
                    figures.put(cells[0], Double.parseDouble(cells[1]));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(PUBLISHED_FIGURES + ": row " + (row + 1) + ", column value: not a number ("
                            + (cells.length > 1 ? cells[1] : "missing") + ")");
                }
            }
            return figures;
        } catch (IOException e) {
            throw new UncheckedIOException(PUBLISHED_FIGURES + ": " + e.getMessage(), e);
        }
    }

    private static List<Headline> headlines(String... triples) {
        Map<String, Double> published = publishedFigures();
        List<Headline> headlines = new ArrayList<>();
        for (int k = 0; k < triples.length; k += 3) {
            Double percent = published.get(triples[k]);
            if (percent == null) {
                throw new IllegalStateException(PUBLISHED_FIGURES + ": no indicator " + triples[k]);
            }
            headlines.add(new Headline(triples[k], triples[k + 1], List.of(triples[k + 2].split(" ")),
                    (int) Math.round(percent)));
        }
        return List.copyOf(headlines);
    }

    /** The answer columns of {@link #csv}, in the questionnaire's order ({@code _other} after its question). */
    public static final List<String> COLUMNS = List.of("respondent_role", "respondent_role_other", "digital_strategy",
            "strategy_end_year", "strategy_reviewed", "strategy_approved_by", "modernisation_programme",
            "digital_oversight", "members_consulted", "ict_budget_share", "ict_budget_trend", "progress_measured",
            "ict_staff", "ict_delivery", "cloud_services", "cloud_uses", "member_devices", "chamber_network", "helpdesk",
            "cyber_national_standards", "cyber_strategy", "cyber_measures", "cyber_incidents", "remote_continuity",
            "proc_bill_drafting", "proc_amendments", "proc_bill_tracking", "proc_plenary_agenda", "proc_plenary_record",
            "proc_committee_papers", "proc_questions", "voting_method", "document_system", "document_standard",
            "record_days", "speech_recognition", "archive_digitised", "committee_remote", "website_content",
            "open_data", "open_data_formats", "open_data_licence", "website_languages", "broadcast",
            "website_accessibility", "website_redesigned", "engagement_strategy", "engagement_channels",
            "e_petitions_received", "consultation_feedback", "social_media_rules", "engagement_unit",
            "youth_programmes", "engagement_evaluated", "staff_training", "member_training", "innovation_team",
            "ai_use", "ai_tasks", "ai_provider", "ai_provider_other", "ai_policy", "cip_hub_2024", "cip_hub_2020",
            "cip_future", "cooperation_partners", "willing_to_support", "comments");

    private SyntheticEParliamentSet() {
    }

    /** The set drawn with {@link #SEED}. */
    public static List<ImportedResponse> generate() {
        return generate(SEED);
    }

    /** The set drawn with {@code seed}: the same seed, the same set. */
    public static List<ImportedResponse> generate(long seed) {
        return new Draw(new Random(seed)).responses();
    }

    /**
     * The set as one CSV file (UTF-8, {@code \n}, ODK's answer encoding): {@code key,label,region,income_group}, then
     * one column per answer of {@link #COLUMNS}, empty when unanswered.
     */
    public static String csv(List<ImportedResponse> responses) {
        StringBuilder out = new StringBuilder("key,label,region,income_group,synthetic");
        COLUMNS.forEach(column -> out.append(',').append(column));
        out.append('\n');
        for (ImportedResponse response : responses) {
            Respondent respondent = response.respondent();
            out.append(respondent.key()).append(',').append(respondent.label()).append(',')
                    .append(respondent.region().orElse("")).append(',').append(respondent.incomeGroup().orElse(""))
                    .append(',').append(respondent.synthetic());
            for (String column : COLUMNS) {
                out.append(',').append(quoted(response.answers().get(column).orElse("")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One drawing: the respondents first, then the answers question by question, all from one random sequence. */
    private static final class Draw {
        private final Random random;
        private final int n = SIZE;
        private final String[] region = new String[SIZE];
        private final String[] income = new String[SIZE];
        private final double[] maturity = new double[SIZE];
        private final List<Map<String, String>> answers = new ArrayList<>();

        Draw(Random random) {
            this.random = random;
            List<String[]> cells = new ArrayList<>();
            for (Object[] row : COMPOSITION) {
                for (int g = 0; g < INCOME_GROUPS.length; g++) {
                    for (int k = 0; k < (Integer) row[g + 1]; k++) {
                        cells.add(new String[] {(String) row[0], INCOME_GROUPS[g]});
                    }
                }
            }
            if (cells.size() != SIZE) {
                throw new IllegalStateException("the composition has " + cells.size() + " respondents, not " + SIZE);
            }
            // Fisher–Yates with the seeded generator: keys carry no order of region or income.
            for (int i = cells.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                String[] swap = cells.get(i);
                cells.set(i, cells.get(j));
                cells.set(j, swap);
            }
            for (int i = 0; i < n; i++) {
                region[i] = cells.get(i)[0];
                income[i] = cells.get(i)[1];
                maturity[i] = INCOME_EFFECT.get(income[i]) + REGION_EFFECT.get(region[i]) + 1.0 * random.nextGaussian() - 0.5;
                answers.add(new LinkedHashMap<>());
            }
        }

        List<ImportedResponse> responses() {
            governance();
            infrastructure();
            business();
            content();
            engagement();
            skills();
            List<ImportedResponse> responses = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String number = String.format(Locale.ROOT, "%03d", i + 1);
                Respondent respondent = new Respondent("synthetic-" + number, Optional.empty(), Optional.empty(),
                        "Synthetic chamber " + number, "", Optional.of(region[i]), Optional.of(income[i]), true);
                responses.add(new ImportedResponse(respondent, new Answers(answers.get(i))));
            }
            return responses;
        }

        // --- the sections ---

        private void governance() {
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                if (u < 0.06) {
                    put(i, "respondent_role", "other");
                    put(i, "respondent_role_other", "Director of legislative services");
                } else {
                    put(i, "respondent_role", pick(i, 0.6, "secretary_general", "deputy_secretary_general", "ict_director",
                            "innovation_lead"));
                }
            }
            boolean[] strategy = calibrated("digital_strategy", 0.55, new double[n]);
            for (int i = 0; i < n; i++) {
                if (strategy[i]) {
                    put(i, "digital_strategy", "multi_year");
                    put(i, "strategy_end_year", Integer.toString(2025 + random.nextInt(5)));
                } else {
                    put(i, "digital_strategy", ordered(i, 0.7, new double[] {-0.9, -0.3}, "none", "in_preparation", "annual"));
                }
                String plan = answers.get(i).get("digital_strategy");
                if (plan.equals("multi_year") || plan.equals("annual")) {
                    if (random.nextDouble() < 0.85) {
                        put(i, "strategy_reviewed", date(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 9, 30)));
                    }
                    put(i, "strategy_approved_by", pick(i, 0.5, "bureau", "secretary_general", "plenary", "ict_service"));
                }
            }
            double[] bonus = bonus(i -> answers.get(i).get("digital_strategy").equals("multi_year") ? 0.5 : 0);
            boolean[] programme = calibrated("modernisation_programme", 0.6, bonus);
            for (int i = 0; i < n; i++) {
                put(i, "modernisation_programme", programme[i] ? "yes" : "no");
                put(i, "digital_oversight", ordered(i, 0.7, new double[] {-1.4, -0.6, 0.3}, "nobody", "ict_head_only",
                        "management_board", "members_body"));
                yesNo(i, "members_consulted", -0.2);
                if (random.nextDouble() < 0.85) {
                    put(i, "ict_budget_share", decimal(Math.max(0.2, Math.min(15, 3.2 + 1.6 * maturity[i]
                            + 1.0 * random.nextGaussian()))));
                }
                put(i, "ict_budget_trend", ordered(i, 0.9, new double[] {-1.2, -0.1}, "lower", "same", "higher"));
                yesNo(i, "progress_measured", 0.1);
            }
        }

        private void infrastructure() {
            for (int i = 0; i < n; i++) {
                put(i, "ict_staff", Long.toString(Math.min(5000, Math.round(StrictMath.exp(2.6 + 1.1 * maturity[i]
                        + 0.5 * random.nextGaussian())))));
                put(i, "ict_delivery", pick(i, 0.4, "mixed", "in_house", "outsourced"));
            }
            boolean[] cloud = calibrated("cloud_services", 0.7, new double[n]);
            for (int i = 0; i < n; i++) {
                put(i, "cloud_services", cloud[i] ? "yes" : "no");
                if (cloud[i]) {
                    multiple(i, "cloud_uses", true, new String[] {"email_office", "documents", "website", "video", "backup",
                            "business_apps"}, new double[] {-1.5, -0.6, -0.3, -0.2, 0.3, 1.0});
                }
                put(i, "member_devices", ordered(i, 0.7, new double[] {-1.1, -0.1}, "none", "some", "all"));
                yesNo(i, "chamber_network", -1.0);
                put(i, "helpdesk", ordered(i, 0.7, new double[] {-1.8, -0.3, 1.0}, "none", "office_hours", "extended",
                        "always"));
            }
            boolean[] national = calibrated("cyber_national_standards", 0.8, new double[n]);
            double[] bonus = bonus(i -> national[i] ? 0.4 : 0);
            boolean[] own = calibrated("cyber_strategy", 0.6, bonus);
            for (int i = 0; i < n; i++) {
                put(i, "cyber_national_standards", national[i] ? "yes" : "no");
                put(i, "cyber_strategy", own[i] ? "yes" : "no");
                multiple(i, "cyber_measures", false, new String[] {"mfa", "training", "incident_plan", "testing",
                        "offsite_backup", "monitoring"}, new double[] {-0.6, -0.3, 0.1, 0.5, -0.4, 0.4});
                if (random.nextDouble() < 0.8) {
                    put(i, "cyber_incidents", Integer.toString(random.nextInt(4) + (random.nextDouble() < 0.2 ? random.nextInt(6) : 0)));
                }
                put(i, "remote_continuity", ordered(i, 0.7, new double[] {-0.2, 0.6}, "none", "sittings_only", "full"));
            }
        }

        private void business() {
            String[] processes = {"proc_bill_drafting", "proc_amendments", "proc_bill_tracking", "proc_plenary_agenda",
                    "proc_plenary_record", "proc_committee_papers", "proc_questions"};
            double[] difficulty = {-0.2, 0.3, 0.0, -0.6, -0.3, -0.4, 0.1};
            for (int i = 0; i < n; i++) {
                for (int p = 0; p < processes.length; p++) {
                    put(i, processes[p], ordered(i, 0.6, new double[] {difficulty[p] - 0.9, difficulty[p] + 0.5}, "paper",
                            "partly", "fully"));
                }
                put(i, "voting_method", ordered(i, 0.6, new double[] {-0.4, 1.0}, "manual", "electronic", "electronic_remote"));
                yesNo(i, "document_system", -0.5);
                put(i, "document_standard", ordered(i, 0.6, new double[] {0.2, 1.1}, "word_pdf", "other_xml", "akoma_ntoso"));
                if (random.nextDouble() < 0.9) {
                    put(i, "record_days", Long.toString(Math.min(365, Math.round(StrictMath.exp(2.2 - 0.9 * maturity[i]
                            + 0.5 * random.nextGaussian())))));
                }
                yesNo(i, "speech_recognition", 0.7);
                if (random.nextDouble() < 0.75) {
                    put(i, "archive_digitised", decimal(Math.max(0, Math.min(100, 45 + 25 * maturity[i]
                            + 15 * random.nextGaussian()))));
                }
                put(i, "committee_remote", ordered(i, 0.7, new double[] {-0.5, 0.5}, "never", "exceptional", "routine"));
            }
        }

        private void content() {
            for (int i = 0; i < n; i++) {
                multiple(i, "website_content", true, new String[] {"bills", "votes", "members", "committees", "records",
                        "live_video", "video_archive", "budget"}, new double[] {-1.6, 0.0, -2.0, -0.9, -1.2, -0.4, 0.2, 0.5});
                String open = ordered(i, 0.6, new double[] {-0.1, 0.8}, "none", "bulk", "api");
                put(i, "open_data", open);
                if (!open.equals("none")) {
                    multiple(i, "open_data_formats", true, new String[] {"csv", "json", "xml", "akoma_ntoso", "rdf"},
                            new double[] {-1.0, 0.2, 0.3, 1.4, 1.8});
                    put(i, "open_data_licence", ordered(i, 0.7, new double[] {-0.2, 0.7}, "none_stated", "own_terms", "open"));
                }
                double u = random.nextDouble();
                put(i, "website_languages", u < 0.55 ? "1" : u < 0.85 ? "2" : u < 0.96 ? "3" : "4");
                put(i, "broadcast", ordered(i, 0.6, new double[] {-1.3, 0.2}, "none", "plenary", "plenary_committees"));
                put(i, "website_accessibility", random.nextDouble() < 0.1 ? "unknown"
                        : ordered(i, 0.7, new double[] {0.0, 1.0}, "no", "stated", "audited"));
                if (random.nextDouble() < 0.8) {
                    put(i, "website_redesigned", date(LocalDate.of(2012, 1, 1), LocalDate.of(2024, 9, 30)));
                }
            }
        }

        private void engagement() {
            for (int i = 0; i < n; i++) {
                yesNo(i, "engagement_strategy", 0.0);
                multiple(i, "engagement_channels", false, new String[] {"social_media", "e_petitions",
                        "online_consultations", "bill_comments", "mobile_app", "newsletter", "online_hearings"},
                        new double[] {-2.2, 0.3, 0.0, 0.6, 0.9, -0.2, 1.0});
                String channels = answers.get(i).getOrDefault("engagement_channels", "");
                List<String> chosen = Arrays.asList(channels.split(" "));
                if (chosen.contains("e_petitions")) {
                    put(i, "e_petitions_received", Long.toString(Math.round(StrictMath.exp(4.5 + 1.0 * maturity[i]
                            + 0.8 * random.nextGaussian()))));
                }
                if (chosen.contains("online_consultations")) {
                    put(i, "consultation_feedback", ordered(i, 0.8, new double[] {-0.6, 0.6}, "never", "sometimes", "always"));
                }
                yesNo(i, "social_media_rules", -0.4);
                yesNo(i, "engagement_unit", -0.1);
                yesNo(i, "youth_programmes", 0.2);
                put(i, "engagement_evaluated", ordered(i, 0.7, new double[] {-0.2, 0.9}, "never", "sometimes", "always"));
            }
        }

        private void skills() {
            for (int i = 0; i < n; i++) {
                put(i, "staff_training", ordered(i, 0.6, new double[] {-1.3, 0.1}, "none", "occasional", "programme"));
                yesNo(i, "member_training", -0.1);
                yesNo(i, "innovation_team", 0.3);
            }
            boolean[] ai = calibrated("ai_use", 0.6, new double[n]);
            for (int i = 0; i < n; i++) {
                if (ai[i]) {
                    put(i, "ai_use", ordered(i, 0.6, new double[] {1.2}, "piloting", "in_use"));
                    multiple(i, "ai_tasks", true, new String[] {"transcription", "translation", "summarising", "drafting",
                            "search", "chatbot", "security"}, new double[] {0.3, 0.6, 0.9, 1.6, 1.0, 1.8, 1.5});
                    if (random.nextDouble() < 0.08) {
                        put(i, "ai_provider", "other");
                        put(i, "ai_provider_other", "A university research partner");
                    } else {
                        put(i, "ai_provider", pick(i, 0.6, "commercial", "in_house", "public_body"));
                    }
                } else {
                    put(i, "ai_use", ordered(i, 0.7, new double[] {0.0}, "no", "planned"));
                }
                put(i, "ai_policy", ordered(i, 0.6, new double[] {0.3, 1.2}, "none", "in_preparation", "adopted"));
            }
            boolean[] hub2024 = calibrated("cip_hub_2024", 0.9, new double[n]);
            boolean[] hub2020 = calibrated("cip_hub_2020", 0.9, bonus(i -> hub2024[i] ? 2.0 : 0));
            boolean[] interest = calibrated("cip_future", 1.0, bonus(i -> hub2024[i] ? Double.NEGATIVE_INFINITY
                    : -0.5 * maturity[i]));
            boolean[] support = calibrated("willing_to_support", 0.8, new double[n]);
            for (int i = 0; i < n; i++) {
                put(i, "cip_hub_2024", hub2024[i] ? "yes" : "no");
                put(i, "cip_hub_2020", hub2020[i] ? "yes" : "no");
                put(i, "cip_future", hub2024[i] ? "continue" : interest[i] ? "join" : "no");
                multiple(i, "cooperation_partners", false, new String[] {"other_parliaments", "ipu", "regional_bodies",
                        "universities", "civil_society", "companies", "donors"},
                        new double[] {-0.8, -0.5, -0.2, 0.4, 0.5, 0.3, 1.0});
                put(i, "willing_to_support", support[i] ? "yes" : "no");
                if (random.nextDouble() < 0.12) {
                    put(i, "comments", "Synthetic respondent: no real chamber gave this answer.");
                }
            }
        }

        // --- drawing ---

        private void put(int i, String question, String answer) {
            answers.get(i).put(question, answer);
        }

        private double[] bonus(java.util.function.IntToDoubleFunction of) {
            return IntStream.range(0, n).mapToDouble(of).toArray();
        }

        /**
         * Which respondents answer so that the headline practice of {@code question} holds: exactly the headline's
         * count, those with the highest latent maturity plus {@code bonus} plus noise of deviation {@code noise} (the
         * larger, the weaker the link with income); ties by respondent order.
         */
        private boolean[] calibrated(String question, double noise, double[] bonus) {
            Headline headline = HEADLINES.stream().filter(h -> h.question().equals(question)).findFirst().orElseThrow();
            double[] key = new double[n];
            for (int i = 0; i < n; i++) {
                key[i] = maturity[i] + bonus[i] + noise * random.nextGaussian();
            }
            Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -key[i]).thenComparingInt(i -> i));
            boolean[] holds = new boolean[n];
            for (int k = 0; k < headline.count(); k++) {
                if (key[order[k]] == Double.NEGATIVE_INFINITY) {
                    throw new IllegalStateException("too few respondents can answer " + question + " to reach "
                            + headline.count());
                }
                holds[order[k]] = true;
            }
            return holds;
        }

        /** {@code yes} with a probability rising with maturity, 1/2 at {@code difficulty}. */
        private void yesNo(int i, String question, double difficulty) {
            put(i, question, chance(i, difficulty) ? "yes" : "no");
        }

        private boolean chance(int i, double difficulty) {
            return random.nextDouble() < 1 / (1 + StrictMath.exp(-1.8 * (maturity[i] - difficulty)));
        }

        /** The choice of an ordered list (least mature first) whose thresholds the maturity plus noise passes. */
        private String ordered(int i, double noise, double[] thresholds, String... choices) {
            double value = maturity[i] + noise * random.nextGaussian();
            int level = 0;
            while (level < thresholds.length && value >= thresholds[level]) {
                level++;
            }
            return choices[level];
        }

        /** An unordered choice: the first more often, the later ones less ({@code tail}: the chance of going on). */
        private String pick(int i, double tail, String... choices) {
            int k = 0;
            while (k < choices.length - 1 && random.nextDouble() < tail) {
                k++;
            }
            return choices[k];
        }

        /** Each option selected with a chance rising with maturity; a required question gets at least the easiest. */
        private void multiple(int i, String question, boolean required, String[] options, double[] difficulty) {
            List<String> chosen = new ArrayList<>();
            for (int o = 0; o < options.length; o++) {
                if (chance(i, difficulty[o])) {
                    chosen.add(options[o]);
                }
            }
            if (chosen.isEmpty() && required) {
                int easiest = 0;
                for (int o = 1; o < options.length; o++) {
                    if (difficulty[o] < difficulty[easiest]) {
                        easiest = o;
                    }
                }
                chosen.add(options[easiest]);
            }
            if (!chosen.isEmpty()) {
                put(i, question, String.join(" ", chosen));
            }
        }

        private String decimal(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }

        private String date(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            return from.plusDays((long) (random.nextDouble() * (days + 1))).toString();
        }
    }
}
