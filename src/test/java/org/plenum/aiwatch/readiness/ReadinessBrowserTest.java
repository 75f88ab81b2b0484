package org.plenum.aiwatch.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.assessment.workflow.SurveyWorkflow;
import org.plenum.web.browser.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The done-when path of the AI readiness self-assessment in a browser (issue 14, decision 0069): Germany's
 * correspondent opens the self-assessment of their chamber, answers the questionnaire on the assessment form (the
 * questions about AI in use appear once the chamber says it pilots AI), submits it and comes straight back to the
 * chamber's profile — the level of each dimension, the gaps with the answers that gave them, the next steps linking to
 * use cases — with no editor; publishes it, sees it public, withdraws it. English, French, a phone's width; axe-core
 * on every page.
 */
class ReadinessBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReadinessProfiles profiles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrespondentCompletesTheSelfAssessmentAndSeesItsProfileAndNextSteps() {
        Actor correspondent = TestAccounts.account(context, "readiness-clerk@bundestag.de", Role.CORRESPONDENT,
                Set.of("DE"), Set.of());
        String chamber = profiles.chambersOf(correspondent).get(0);
        jdbc.sql("delete from assessment_response where questionnaire = 'ai-readiness' and respondent_key = ?")
                .param(chamber).update();
        jdbc.sql("delete from ai_readiness_publication where chamber = ?").param(chamber).update();
        String profile = "/my/ai-readiness/" + chamber;

        signIn(correspondent.username());
        visit("/my/ai-readiness", "readiness-mine");
        assertThat(find("main").getText()).contains("Not started");
        clickAndLoad("a[href='" + profile + "']");
        checkPage("readiness-not-started");
        clickAndLoad("#start");
        checkPage("readiness-form");
        // the questions about AI in use are asked only once the chamber uses or tries AI
        assertThat(find("#q-human_review").isDisplayed()).isFalse();
        // in the questionnaire's order, as a person fills it (the answers' map has no order)
        Map<String, String> example = ReadinessWorkedExampleTest.example().values();
        for (String name : SurveyWorkflow.answerNames(profiles.edition().orElseThrow())) {
            if (!example.containsKey(name)) {
                continue;
            }
            answer(name, example.get(name));
            if (name.equals("ai_stage")) {
                assertThat(find("#q-human_review").isDisplayed()).isTrue();
            }
        }
        clickAndLoad("button[value='submit']");
        // straight back to the profile: completed, no editor
        assertThat(browser.getCurrentUrl()).endsWith(profile);
        checkPage("readiness-profile");
        String main = find("main").getText();
        assertThat(main).contains("Completed", "Overall: 5.1 of 10, level “Piloting”.", "Governance", "Scaling up",
                "Gaps", "Use of AI disclosed to the public", "Is the public told when content it receives was produced",
                "Recommended next steps", "Name who is accountable for AI");
        assertThat(find("#dimension-technical").getText()).contains("6.3", "Scaling up");
        assertThat(find("#dimension-governance").getText()).contains("4.7", "Piloting");
        assertThat(browser.findElements(By.cssSelector("figure.chart svg"))).hasSize(1);
        List<String> useCases = browser.findElements(By.cssSelector("#step-tech-scale a.use-case")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(useCases).anyMatch(href -> href.endsWith("/ai/use-cases/016"));
        assertThat(find("#step-tech-scale").getText()).contains("AI-powered verbatim records system (HANS)");
        visit(profile + "?lang=fr", "readiness-profile-fr");
        assertThat(find("main").getText()).contains("Global : 5,1 sur 10", "Prochaines étapes recommandées",
                "Désigner un responsable de");
        visitAtPhoneWidth(profile + "?lang=en", "readiness-profile");

        // private until published; then public at its own address; withdrawn again
        assertThat(get("/ai/readiness/profiles/" + chamber).statusCode()).isEqualTo(404);
        visit(profile, "readiness-profile-again");
        clickAndLoad("#publish");
        checkPage("readiness-published");
        assertThat(find("main").getText()).contains("The profile is published:");
        visit("/ai/readiness/profiles/" + chamber, "readiness-public-profile");
        assertThat(find("main").getText()).contains("has chosen to publish", "Overall: 5.1 of 10");
        visit("/ai/readiness", "readiness-landing");
        clickAndLoad("a[href='/ai/readiness/profiles/" + chamber + "']");
        assertThat(browser.getCurrentUrl()).endsWith("/ai/readiness/profiles/" + chamber);
        visit("/ai/readiness?lang=fr", "readiness-landing-fr");
        visitAtPhoneWidth("/ai/readiness?lang=en", "readiness-landing");
        visit(profile, "readiness-profile-published");
        clickAndLoad("#withdraw");
        assertThat(find("main").getText()).contains("The profile is private again.");
        assertThat(get("/ai/readiness/profiles/" + chamber).statusCode()).isEqualTo(404);
    }

    /** Answers one question as a person would: types a number, ticks the choices. */
    private void answer(String name, String value) {
        List<WebElement> field = browser.findElements(By.cssSelector("input#a-" + name + ":not([type=radio]):not([type=checkbox])"));
        if (!field.isEmpty()) {
            field.get(0).clear();
            field.get(0).sendKeys(value);
            return;
        }
        for (String choice : value.split(" ")) {
            WebElement option = browser.findElement(By.cssSelector("input[name='a." + name + "'][value='" + choice + "']"));
            assertThat(option.isDisplayed()).as(name + " = " + choice + " is shown").isTrue();
            option.click();
        }
    }

    private void signIn(String username) {
        browser.manage().deleteAllCookies();
        visit("/login", "login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(TestAccounts.PASSWORD);
        clickAndLoad("form[action='/login'] button");
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    }
}
