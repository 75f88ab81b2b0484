package org.plenum.aiwatch.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plenum.aiwatch.ActionStatus;
import org.plenum.aiwatch.ActionType;
import org.plenum.aiwatch.PartialDate;
import org.plenum.aiwatch.PolicyAction;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed's actions as the application loads them at start (decision 0065), on the website's test database. */
class ActionImportTest extends WebsiteTest {

    @Autowired
    ActionStore store;
    @Autowired
    BundledActions bundled;
    @Autowired
    JdbcTemplate jdbc;

    private ActionRecord seed(String seedKey) {
        return store.all().stream().filter(r -> r.seedKey().equals(seedKey)).findFirst().orElseThrow(
                () -> new AssertionError("no action from " + seedKey));
    }

    @Test
    void everyRowOfBothFilesIsAnActionWithItsPublisher() {
        List<ActionRecord> seeded = store.all().stream().filter(r -> !r.seedKey().isEmpty()).toList();
        Map<Boolean, Long> byIpu = seeded.stream().collect(Collectors.partitioningBy(r -> r.action().ipu(),
                Collectors.counting()));
        assertThat(byIpu.get(true)).isEqualTo(11);
        assertThat(byIpu.get(false)).isEqualTo(21);
        assertThat(seeded).filteredOn(r -> r.action().ipu())
                .allMatch(r -> r.publisher().equals("Inter-Parliamentary Union")
                        && r.seedKey().startsWith("ai-policy-actions.csv row "));
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 7").publisher())
                .isEqualTo("openparliament.ca (civic site)");
    }

    @Test
    void idsFollowTheFilesOrderCountryByCountry() {
        assertThat(seed("ai-policy-actions.csv row 2").id()).isEqualTo("dz-001");
        assertThat(seed("ai-policy-actions.csv row 4").id()).isEqualTo("ar-001");
        assertThat(seed("ai-policy-actions.csv row 7").id()).isEqualTo("ar-004");
        assertThat(seed("ai-policy-actions.csv row 12").id()).isEqualTo("br-001");
        // the second file goes on from the first's numbers
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 4").id()).isEqualTo("br-002");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 10").id()).isEqualTo("ar-005");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 22").id()).isEqualTo("gb-001");
    }

    @Test
    void typesStatusesAndDatesAreMappedAsDecision0062Says() {
        PolicyAction review = seed("ai-policy-actions.csv row 4").action();
        assertThat(review.type()).isEqualTo(ActionType.OTHER);
        assertThat(review.status()).isEqualTo(ActionStatus.ONGOING);
        assertThat(review.statusNote()).isEqualTo("legislative review");
        PolicyAction senate = seed("ai-policy-actions-supplementary-nonIPU.csv row 6").action();
        assertThat(senate.status()).isEqualTo(ActionStatus.ONGOING);
        assertThat(senate.statusNote()).isEqualTo("passed Senate; sent to Chamber of Deputies");
        assertThat(senate.introduced()).contains(PartialDate.parse("2024-12-10"));
        PolicyAction canada = seed("ai-policy-actions-supplementary-nonIPU.csv row 7").action();
        assertThat(canada.status()).isEqualTo(ActionStatus.LAPSED);
        assertThat(canada.statusNote()).isEqualTo("lapsed (did not become law)");
        PolicyAction uruguay = seed("ai-policy-actions-supplementary-nonIPU.csv row 8").action();
        assertThat(uruguay.status()).isEqualTo(ActionStatus.IN_FORCE);
        assertThat(uruguay.inForce()).contains(PartialDate.parse("2023-11-06"));
        assertThat(uruguay.introduced()).isEmpty();
        assertThat(uruguay.language()).isEqualTo("es");
        assertThat(uruguay.titleEnglish()).startsWith("Accountability Law 2022");
        PolicyAction algeria = seed("ai-policy-actions.csv row 2").action();
        assertThat(algeria.adopted()).contains(PartialDate.parse("2024-04"));
        assertThat(algeria.type()).isEqualTo(ActionType.LAW);
        PolicyAction bahrain = seed("ai-policy-actions-supplementary-nonIPU.csv row 14").action();
        assertThat(bahrain.status()).isEqualTo(ActionStatus.ADOPTED);
        assertThat(bahrain.statusNote()).isEqualTo("approved");
        assertThat(seed("ai-policy-actions.csv row 3").action().status()).isEqualTo(ActionStatus.UNKNOWN);
        assertThat(seed("ai-policy-actions.csv row 7").action().type()).isEqualTo(ActionType.GUIDELINE);
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 18").action().type()).isEqualTo(ActionType.DEBATE);
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 15").action().type()).isEqualTo(ActionType.COMMITTEE);
    }

    @Test
    void chambersAreTheRegistrysCodesAndUnknownNamesAreReported() {
        assertThat(seed("ai-policy-actions.csv row 4").action().chambers()).containsExactly("AR-LC01", "AR-UC02");
        assertThat(seed("ai-policy-actions.csv row 5").action().chambers()).isEmpty();
        assertThat(seed("ai-policy-actions.csv row 10").action().chambers()).containsExactly("DE-LC01");
        assertThat(seed("ai-policy-actions.csv row 11").action().chambers()).containsExactly("EE-LC01");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 4").action().chambers()).containsExactly("BR-UC02");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 8").action().chambers())
                .containsExactly("UY-LC01", "UY-UC02");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 15").action().chambers())
                .containsExactly("IE-LC01", "IE-UC02");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 22").action().chambers()).containsExactly("GB-LC01");
        // The European Parliament is not in the registry: reported, and kept in the source's words
        assertThat(bundled.load().unknownChambers()).containsExactly(
                "dataset/ai/ai-policy-actions-supplementary-nonIPU.csv row 16, column chamber: 'European Parliament' is no chamber of EU in the registry",
                "dataset/ai/ai-policy-actions-supplementary-nonIPU.csv row 17, column chamber: 'European Parliament' is no chamber of EU in the registry");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 16").chamberNames()).isEqualTo("European Parliament");
    }

    @Test
    void relatedActionsAreLinkedByTheirIds() {
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 3").action().related()).containsExactly("sv-001");
        assertThat(seed("ai-policy-actions-supplementary-nonIPU.csv row 4").action().related())
                .containsExactly("br-003", "br-004");
    }

    @Test
    void loadingAgainChangesNothing() {
        Integer versions = jdbc.queryForObject("select count(*) from ai_action_version", Integer.class);
        BundledActions.Report report = bundled.load();
        assertThat(report.added()).isZero();
        assertThat(report.updated()).isZero();
        assertThat(report.unchanged()).isEqualTo(32);
        assertThat(jdbc.queryForObject("select count(*) from ai_action_version", Integer.class)).isEqualTo(versions);
        assertThat(store.versions("dz-001")).hasSize(1).allMatch(ActionVersion::added);
    }
}
