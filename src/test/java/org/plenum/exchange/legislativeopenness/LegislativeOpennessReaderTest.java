package org.plenum.exchange.legislativeopenness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenum.assessment.Question;

class LegislativeOpennessReaderTest {

    static final LegislativeOpennessSurvey SURVEY = LegislativeOpennessReader.bundled();

    @Test
    void dump() {
        SURVEY.edition().sections().forEach(s -> {
            System.out.println("## " + s.name() + " " + s.title() + " " + s.questions().size());
            s.questions().forEach(q -> System.out.println("  " + q.name() + " " + q.type() + " other=" + q.otherSpecify()
                    + " " + q.choices().stream().map(c -> c.name()).toList() + " " + q.label().in("en").substring(0, Math.min(60, q.label().in("en").length()))));
        });
        SURVEY.responses().forEach(r -> System.out.println(r.respondent().key() + " " + r.respondent().chamber() + " " + r.respondent().label() + " " + r.answers().values().size()));
        System.out.println("ideal " + SURVEY.ideal().values().size());
        System.out.println(SURVEY.optionValues());
        assertThat(SURVEY.responses()).hasSize(37);
    }
}
