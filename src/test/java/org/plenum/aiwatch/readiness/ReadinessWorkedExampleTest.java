package org.plenum.aiwatch.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Answers;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Framework;
import org.plenum.assessment.Respondent;
import org.plenum.assessment.ScoreCard;
import org.plenum.assessment.internal.AnswerChecks;
import org.plenum.assessment.scoring.ScoreCalculator;

/**
 * The worked example of docs/ai-readiness-method.md computed by Plenum's own scoring ({@link ScoreCalculator}, what
 * {@code Scoring.score} runs) and the profile's own computation: the numbers in the document are the code's.
 */
class ReadinessWorkedExampleTest {

    /** The example chamber's answers (synthetic: written for the method, not any chamber's). */
    static Answers example() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("respondent_role", "ict_head");
        a.put("ai_stage", "piloting");
        a.put("ai_tasks", "transcription search");
        a.put("ai_strategy", "in_preparation");
        a.put("strategy_linked", "yes");
        a.put("ai_funding", "projects");
        a.put("pilot_approach", "ad_hoc");
        a.put("ai_policy", "drafting");
        a.put("governance_body", "ict_unit");
        a.put("approval_process", "no");
        a.put("genai_rules", "guidance");
        a.put("ai_inventory", "no");
        a.put("principle_fairness", "written");
        a.put("principle_privacy", "applied");
        a.put("principle_transparency", "written");
        a.put("principle_accountability", "absent");
        a.put("principle_oversight", "written");
        a.put("human_review", "always");
        a.put("ai_disclosure", "no");
        a.put("bias_testing", "never");
        a.put("risk_assessment", "sometimes");
        a.put("risk_register", "no");
        a.put("incident_process", "no");
        a.put("data_policy", "yes");
        a.put("data_readiness", "digital_documents");
        a.put("data_classification", "yes");
        a.put("external_tools_rules", "no");
        a.put("security_review", "yes");
        a.put("ai_hosting", "own");
        a.put("dev_capacity", "mixed");
        a.put("data_specialists", "2");
        a.put("vendor_due_diligence", "sometimes");
        a.put("quality_evaluation", "yes");
        a.put("system_documentation", "no");
        a.put("staff_training", "occasional");
        a.put("member_training", "no");
        a.put("trained_share", "15");
        a.put("ai_champions", "no");
        a.put("ai_portfolio", "none");
        a.put("benefits_measured", "sometimes");
        a.put("ai_partners", "cip_hub other_parliaments");
        a.put("stakeholders_consulted", "staff");
        a.put("public_register", "no");
        a.put("accessibility_gain", "yes");
        a.put("public_feedback", "no");
        a.put("impact_review", "no");
        return new Answers(a);
    }

    @Test
    void theWorkedExampleOfTheMethodIsWhatTheScoringComputes() throws IOException {
        Edition edition = ReadinessContentTest.edition();
        Framework framework = ReadinessContentTest.framework();
        assertThat(AnswerChecks.check(edition, example(), true)).isEmpty();
        Respondent respondent = new Respondent("XX-LC01", Optional.of("XX-LC01"), Optional.empty(), "Example chamber",
                "", Optional.empty(), Optional.empty(), true);
        ScoreCard card = ScoreCalculator.score(framework, edition.edition(), respondent, example());
        Map<String, Double> areas = new LinkedHashMap<>();
        card.areas().forEach(a -> areas.put(a.area(), a.score().orElseThrow()));
        assertThat(areas.get("governance")).isCloseTo(4.7000, within(0.00005));
        assertThat(areas.get("technical")).isCloseTo(6.3000, within(0.00005));
        assertThat(areas.get("organisational")).isCloseTo(4.7500, within(0.00005));
        assertThat(areas.get("democratic")).isCloseTo(4.4615, within(0.00005));
        assertThat(card.score().orElseThrow()).isCloseTo(5.0529, within(0.00005));

        ReadinessProfile profile = ReadinessProfiles.build(framework, edition, card, Instant.EPOCH, false,
                ReadinessContentTest.recommendations());
        assertThat(profile.dimensions()).extracting(d -> d.level().orElseThrow().code())
                .containsExactly("piloting", "scaling", "piloting", "piloting");
        assertThat(profile.overallLevel()).get().extracting(Framework.Band::code).isEqualTo("piloting");
        // the largest gaps: the use of AI not disclosed (0 of 1 point, weight 1.5 of 13), then the stakeholders
        // consulted (1 of 4 points, weight 2) and the public list of systems (0 of 1, weight 1.5): 1.5 / 13 each
        assertThat(profile.gaps().subList(0, 3)).extracting(g -> g.indicator().code())
                .containsExactly("ai_disclosure", "stakeholders_consulted", "public_register");
        assertThat(profile.gaps().get(0).loss()).isCloseTo(1.5 / 13, within(1e-9));
        assertThat(profile.gaps().get(3).indicator().code()).isEqualTo("governance_body");
        assertThat(profile.gaps().get(3).loss()).isCloseTo(2 * (2.0 / 3) / 15, within(1e-9));
        assertThat(profile.gaps()).extracting(g -> g.indicator().code()).contains("governance_body", "approval_process",
                "ai_disclosure", "public_register", "system_documentation", "bias_testing");
        assertThat(profile.gaps()).extracting(g -> g.indicator().code()).doesNotContain("ai_policy", "human_review");
        // governance at "piloting": the steps for its gaps first (who is accountable), then the level's others
        List<String> governance = profile.steps().get("governance").stream().map(ReadinessRecommendations.Step::code).toList();
        assertThat(governance).startsWith("gov-owner").contains("gov-approval", "gov-risk", "gov-genai");
        assertThat(profile.steps().get("technical").stream().map(ReadinessRecommendations.Step::code))
                .contains("tech-scale", "tech-quality");
        String method = Files.readString(Path.of("docs/ai-readiness-method.md"));
        assertThat(method).contains("**4.7000**", "**6.3000**", "**4.7500**", "**4.4615**", "**5.0529**",
                "Σ = 6.1667", "Σ = 8.8333", "Σ = 5.8333", "Σ = 5");
    }
}
