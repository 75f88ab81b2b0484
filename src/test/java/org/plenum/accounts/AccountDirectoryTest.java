package org.plenum.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.internal.AccountService;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Who to write to: the active correspondents of a chamber or a parliament, as other modules ask. */
class AccountDirectoryTest extends WebsiteTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountDirectory directory;

    @Autowired
    AccountService accounts;

    @Test
    void theActiveCorrespondentsOfAChamberAndOfAParliament() {
        Actor parliament = TestAccounts.account(context, "directory-it@example.org", Role.CORRESPONDENT, Set.of("IT"), Set.of());
        Actor senate = TestAccounts.account(context, "directory-it-senate@example.org", Role.CORRESPONDENT, Set.of(), Set.of("IT-UC02"));
        Actor gone = TestAccounts.account(context, "directory-it-gone@example.org", Role.CORRESPONDENT, Set.of("IT"), Set.of());
        if (accounts.account(gone.accountId()).orElseThrow().active()) {
            accounts.deactivate(Initiator.commandLine(), gone.accountId());
        }
        assertThat(directory.correspondentsOfChamber("IT-UC02")).extracting(Contact::email)
                .contains(parliament.username(), senate.username()).doesNotContain(gone.username());
        assertThat(directory.correspondentsOfChamber("IT-LC01")).extracting(Contact::email)
                .contains(parliament.username()).doesNotContain(senate.username(), gone.username());
        assertThat(directory.correspondentsOfParliament("IT")).extracting(Contact::email)
                .contains(parliament.username(), senate.username()).doesNotContain(gone.username());
        assertThat(directory.correspondentsOfChamber("IT-UC02")).allMatch(c -> c.language().equals(Locale.ENGLISH));
        assertThat(directory.activeActor("Directory-IT@example.org")).hasValue(parliament);
        assertThat(directory.activeActor(gone.username())).isEmpty();
    }
}
