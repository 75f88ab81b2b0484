package org.plenum.stewardship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.AccountDirectory;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Contact;
import org.plenum.accounts.Role;
import org.plenum.notifications.MailRequested;

class ReviewResultMailTest {

    static final SourceReference GAZETTE = new SourceReference("Journal officiel", "https://www.assemblee.ci/", "JO 45");

    static Submission returned(String submitter) {
        ItemDraft women = ItemDraft.chamber("CI-LC01", "current_women_number", LocalDate.of(2026, 11, 20), "47", GAZETTE, "");
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Submission(17, "CI-LC01", 5, submitter, "Awa Koné", SubmissionState.RETURNED, 3, now, now,
                Optional.of(now), Optional.of(now), Optional.of("editor@ipu.org"), "Source manquante", OptionalLong.empty(),
                List.of(new SubmissionItem(1, women, OptionalLong.empty(), Optional.empty(), ItemDecision.NOT_APPROVED, "")));
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

    @Test
    void aFrenchSpeakingSubmitterIsWrittenToInFrenchWithTheAddressOfTheSubmission() {
        MailRequested mail = new ReviewResultMail(speaking("awa@assemblee.ci", Locale.FRENCH), "https://plenum.example.org/")
                .of(returned("awa@assemblee.ci"));
        assertThat(mail.to()).isEqualTo("awa@assemblee.ci");
        assertThat(mail.subject()).isEqualTo("Plenum : soumission n° 17 renvoyée");
        assertThat(mail.body()).contains("Votre soumission n° 17 pour CI-LC01 a été renvoyée par editor@ipu.org.",
                "[non approuvé] current_women_number = 47 à partir du 2026-11-20", "Commentaire : Source manquante",
                "https://plenum.example.org/my/submissions/17");
    }

    @Test
    void anEnglishSpeakingOrUnknownSubmitterIsWrittenToInEnglish() {
        ReviewResultMail mails = new ReviewResultMail(speaking("clerk@parliament.gov.rw", Locale.ENGLISH), "http://localhost:8080");
        for (String submitter : List.of("clerk@parliament.gov.rw", "gone@parliament.gov.rw")) {
            MailRequested mail = mails.of(returned(submitter));
            assertThat(mail.subject()).isEqualTo("Plenum: submission #17 returned to you");
            assertThat(mail.body()).contains("[not approved] current_women_number = 47 from 2026-11-20",
                    "Comment: Source manquante", "http://localhost:8080/my/submissions/17");
        }
    }
}
