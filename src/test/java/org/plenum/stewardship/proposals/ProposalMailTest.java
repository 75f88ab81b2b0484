package org.plenum.stewardship.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.AccountDirectory;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Contact;
import org.plenum.accounts.Role;
import org.plenum.notifications.MailRequested;
import org.plenum.stewardship.Proposal;
import org.plenum.stewardship.ProposalKind;
import org.plenum.stewardship.ProposalState;
import org.springframework.context.support.StaticMessageSource;

/** The decision e-mail in the submitter's language, naming the kind by its label (decision 0063). */
class ProposalMailTest {

    static final ProposalKind KIND = new ProposalKind("ai-action", "kind", "/review/ai-actions/", labels()) {
    };

    private static StaticMessageSource labels() {
        StaticMessageSource labels = new StaticMessageSource();
        labels.addMessage("kind", Locale.ENGLISH, "AI-policy action");
        labels.addMessage("kind", Locale.FRENCH, "action de politique sur l’IA");
        return labels;
    }

    static AccountDirectory speaking(String username, Locale language) {
        return new AccountDirectory() {
            @Override
            public List<Contact> correspondentsOfChamber(String chamberCode) {
                return List.of();
            }

            @Override
            public List<Contact> correspondentsOfParliament(String parliamentCode) {
                return List.of();
            }

            @Override
            public List<Contact> activeCorrespondents() {
                return List.of();
            }

            @Override
            public Optional<Contact> contact(String name) {
                return name.equals(username) ? Optional.of(new Contact(5, username, "Awa Koné", Role.CORRESPONDENT,
                        language, Set.of("CI"), Set.of())) : Optional.empty();
            }

            @Override
            public Optional<Actor> activeActor(String name) {
                return Optional.empty();
            }
        };
    }

    static Proposal decided(ProposalState state, String comment, Optional<String> result) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Proposal(42, "ai-action", "CI", "Loi sur l’IA", "{}", state, 2, 5, "clerk@assnat.ci", "Awa Koné", now,
                Optional.of("editor@ipu.org"), Optional.of(now), comment, result);
    }

    @Test
    void inFrenchForAFrenchSpeakingSubmitter() {
        ProposalMail mail = new ProposalMail(speaking("clerk@assnat.ci", Locale.FRENCH), new ProposalKinds(List.of(KIND)),
                "https://plenum.example.org/");
        MailRequested m = mail.of(decided(ProposalState.APPROVED, "", Optional.of("/ai/actions/a-0042")));
        assertThat(m.to()).isEqualTo("clerk@assnat.ci");
        assertThat(m.subject()).isEqualTo("Plenum : proposition n° 42 approuvée");
        assertThat(m.body()).contains("action de politique sur l’IA", "« Loi sur l’IA »", "editor@ipu.org",
                "https://plenum.example.org/ai/actions/a-0042", "https://plenum.example.org/my/proposals");
    }

    @Test
    void inEnglishOtherwiseWithTheComment() {
        ProposalMail mail = new ProposalMail(speaking("someone@else.org", Locale.FRENCH), new ProposalKinds(List.of(KIND)),
                "https://plenum.example.org");
        MailRequested m = mail.of(decided(ProposalState.REJECTED, "Already in the tracker.", Optional.empty()));
        assertThat(m.subject()).isEqualTo("Plenum: proposal #42 rejected");
        assertThat(m.body()).contains("AI-policy action", "Already in the tracker.").doesNotContain("Published at");
    }
}
