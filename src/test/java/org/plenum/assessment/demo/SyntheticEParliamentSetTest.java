package org.plenum.assessment.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.Responses.ImportedResponse;

/**
 * The synthetic e-Parliament set (decision 0061): reproducible byte for byte, anonymous, with real regions and income
 * groups, calibrated to IPU's published headline shares within one respondent, maturity rising with income, and the
 * questionnaire's skip logic respected.
 */
class SyntheticEParliamentSetTest {

    private final List<ImportedResponse> set = SyntheticEParliamentSet.generate();

    @Test
    void theSameSeedGivesTheSameFileByteForByte() throws Exception {
        String first = SyntheticEParliamentSet.csv(set);
        String second = SyntheticEParliamentSet.csv(SyntheticEParliamentSet.generate());
        assertThat(second).isEqualTo(first);
        // Pinned: any change of the generator, its seed or the Java runtime's arithmetic shows here.
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(first.getBytes(StandardCharsets.UTF_8)));
        assertThat(sha256).isEqualTo(SHA256);
        assertThat(SyntheticEParliamentSet.csv(SyntheticEParliamentSet.generate(SyntheticEParliamentSet.SEED + 1)))
                .isNotEqualTo(first);
    }

    static final String SHA256 = "4de6e489f50afd3b5c2fabea9e4a7ccd05de2e7e1f26423400e3993e031b35da";

    @Test
    void respondentsAreAnonymousWithRealRegionsAndIncomeGroups() {
        assertThat(set).hasSize(115);
        for (int i = 0; i < set.size(); i++) {
            Respondent respondent = set.get(i).respondent();
            String number = String.format("%03d", i + 1);
            assertThat(respondent.key()).isEqualTo("synthetic-" + number);
            assertThat(respondent.label()).isEqualTo("Synthetic chamber " + number);
            assertThat(respondent.chamber()).isEmpty();
            assertThat(respondent.country()).isEmpty();
            assertThat(respondent.organisation()).isEmpty();
            assertThat(respondent.synthetic()).isTrue();
            assertThat(respondent.region()).get().isIn("americas", "asia", "europe", "middle_east_and_north_africa",
                    "pacific", "sub_saharan_africa");
            assertThat(respondent.incomeGroup()).get().isIn("high_income", "upper_middle_income", "lower_middle_income",
                    "low_income");
        }
        Map<String, Long> byRegion = count(r -> r.region().orElseThrow());
        Map<String, Long> byIncome = count(r -> r.incomeGroup().orElseThrow());
        assertThat(byRegion).containsEntry("europe", 44L).containsEntry("americas", 24L);
        assertThat(byRegion).allSatisfy((region, n) -> {
            if (!region.equals("europe") && !region.equals("americas")) {
                assertThat(n).as(region).isLessThan(24L);
            }
        });
        assertThat(byIncome).containsExactlyInAnyOrderEntriesOf(Map.of("high_income", 52L, "upper_middle_income", 29L,
                "lower_middle_income", 23L, "low_income", 11L));
    }

    @Test
    void thePublishedHeadlineSharesComeOutWithinOneRespondent() {
        assertThat(SyntheticEParliamentSet.HEADLINES).hasSize(10);
        for (SyntheticEParliamentSet.Headline headline : SyntheticEParliamentSet.HEADLINES) {
            long holds = set.stream().filter(r -> r.answers().selected(headline.question()).stream()
                    .anyMatch(headline.choices()::contains)).count();
            double share = 100.0 * holds / set.size();
            assertThat(Math.abs(share - headline.percent())).as(headline.practice() + ": " + holds + " of 115 = " + share
                    + "%, published " + headline.percent() + "%").isLessThanOrEqualTo(100.0 / 115);
        }
        // The figures as IPU published them, read here independently of the generator's own list.
        Map<String, Double> published = SyntheticEParliamentSet.publishedFigures();
        assertThat(share("digital_strategy", Set.of("multi_year"))).isCloseTo(published.get("multi_year_digital_strategy"),
                org.assertj.core.data.Offset.offset(100.0 / 115));
        assertThat(share("cloud_services", Set.of("yes"))).isCloseTo(published.get("uses_cloud_services"),
                org.assertj.core.data.Offset.offset(100.0 / 115));
        assertThat(share("ai_use", Set.of("in_use", "piloting"))).isCloseTo(published.get("uses_ai_tools"),
                org.assertj.core.data.Offset.offset(100.0 / 115));
    }

    @Test
    void practicesRiseWithIncome() {
        List<String> groups = List.of("low_income", "lower_middle_income", "upper_middle_income", "high_income");
        for (String question : List.of("digital_strategy", "cloud_services", "cyber_strategy", "open_data")) {
            double[] shares = groups.stream().mapToDouble(group -> {
                List<ImportedResponse> in = set.stream().filter(r -> r.respondent().incomeGroup().orElseThrow().equals(group))
                        .toList();
                return (double) in.stream().filter(r -> r.answers().get(question).filter(a -> a.equals("multi_year")
                        || a.equals("yes") || a.equals("api") || a.equals("bulk")).isPresent()).count() / in.size();
            }).toArray();
            assertThat(shares[0]).as(question + " low < high").isLessThan(shares[3]);
            assertThat(shares[1]).as(question + " lower-middle < high").isLessThan(shares[3]);
        }
    }

    @Test
    void skipLogicIsRespected() {
        for (ImportedResponse response : set) {
            Answers a = response.answers();
            String who = response.respondent().key();
            boolean multiYear = a.get("digital_strategy").orElseThrow().equals("multi_year");
            boolean plan = multiYear || a.get("digital_strategy").orElseThrow().equals("annual");
            assertThat(a.get("strategy_end_year").isPresent()).as(who).isEqualTo(multiYear);
            assertThat(a.get("strategy_approved_by").isPresent()).as(who).isEqualTo(plan);
            if (!plan) {
                assertThat(a.get("strategy_reviewed")).as(who).isEmpty();
            }
            assertThat(a.get("cloud_uses").isPresent()).as(who).isEqualTo(a.get("cloud_services").orElseThrow().equals("yes"));
            boolean open = !a.get("open_data").orElseThrow().equals("none");
            assertThat(a.get("open_data_formats").isPresent()).as(who).isEqualTo(open);
            assertThat(a.get("open_data_licence").isPresent()).as(who).isEqualTo(open);
            Set<String> channels = a.selected("engagement_channels");
            assertThat(a.get("e_petitions_received").isPresent()).as(who).isEqualTo(channels.contains("e_petitions"));
            assertThat(a.get("consultation_feedback").isPresent()).as(who).isEqualTo(channels.contains("online_consultations"));
            boolean ai = a.selected("ai_use").stream().anyMatch(Set.of("in_use", "piloting")::contains);
            assertThat(a.get("ai_tasks").isPresent()).as(who).isEqualTo(ai);
            assertThat(a.get("ai_provider").isPresent()).as(who).isEqualTo(ai);
            assertThat(a.get("cip_future").orElseThrow().equals("continue")).as(who)
                    .isEqualTo(a.get("cip_hub_2024").orElseThrow().equals("yes"));
            assertThat(a.get("respondent_role_other").isPresent()).as(who)
                    .isEqualTo(a.get("respondent_role").orElseThrow().equals("other"));
            assertThat(a.get("ai_provider_other").isPresent()).as(who)
                    .isEqualTo(a.get("ai_provider").filter("other"::equals).isPresent());
            assertThat(a.values().keySet()).as(who).allMatch(SyntheticEParliamentSet.COLUMNS::contains);
        }
    }

    private double share(String question, Set<String> choices) {
        return 100.0 * set.stream().filter(r -> r.answers().selected(question).stream().anyMatch(choices::contains)).count()
                / set.size();
    }

    private Map<String, Long> count(java.util.function.Function<Respondent, String> by) {
        return set.stream().map(ImportedResponse::respondent).collect(Collectors.groupingBy(by, Collectors.counting()));
    }
}
