package org.plenum.stewardship.feed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plenum.accounts.AccountDirectory;
import org.plenum.accounts.Contact;
import org.plenum.notifications.MailRequested;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.changes.Change;
import org.plenum.registry.changes.ChangeFeed;
import org.plenum.registry.changes.ChangeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds correspondents to update their chamber when a new election of it is published (issue 12): for each data
 * publication, the elections that appear in it for the first time, whose date is at most
 * {@code plenum.reminders.recent-days} before today (an old election harvested late reminds nobody), e-mail every
 * active correspondent of the election's chamber (bound to it or to its parliament), in their language. The e-mails go
 * into the outbox in the same transaction that advances the publication cursor, which one node at a time holds
 * locked: each reminder is asked for once, whatever the number of nodes.
 */
@Component
public class ElectionReminders {

    private static final Logger log = LoggerFactory.getLogger(ElectionReminders.class);
    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PublishedRegistry registry;
    private final ChangeFeed feed;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher events;
    private final String publicUrl;
    private final int recentDays;
    private final Clock clock;

    ElectionReminders(JdbcTemplate jdbc, TransactionTemplate transactions, PublishedRegistry registry, ChangeFeed feed,
                      AccountDirectory directory, ApplicationEventPublisher events,
                      @Value("${plenum.public-url}") String publicUrl,
                      @Value("${plenum.reminders.recent-days:180}") int recentDays) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.registry = registry;
        this.feed = feed;
        this.directory = directory;
        this.events = events;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.recentDays = recentDays;
        this.clock = Clock.systemUTC();
    }

    /** A reminder asked for: the election and the person. */
    public record Reminder(String election, String chamber, LocalDate date, String email) {
    }

    @Scheduled(fixedDelayString = "${plenum.reminders.poll-interval:30s}", initialDelayString = "${plenum.reminders.poll-interval:30s}")
    void poll() {
        try {
            remind();
        } catch (RuntimeException e) {
            log.warn("Election reminders: {}", e.getMessage());
        }
    }

    /** Asks for the reminders of the publications not looked at yet; returns them. */
    public List<Reminder> remind() {
        long current = registry.current().publication();
        Long after = jdbc.queryForObject("select after_publication from election_reminder_cursor where id = 1", Long.class);
        if (after == null || after >= current) {
            return List.of();
        }
        return transactions.execute(status -> {
            long locked = jdbc.queryForObject("select after_publication from election_reminder_cursor where id = 1 for update", Long.class);
            List<Reminder> asked = new ArrayList<>();
            LocalDate since = LocalDate.now(clock).minusDays(recentDays);
            ChangeFilter elections = new ChangeFilter(Set.of(), Set.of(EntityType.ELECTION), Set.of());
            // Nobody to remind (a new installation, a reader's copy): the feed is not read at all.
            long first = directory.activeCorrespondents().isEmpty() ? current + 1 : locked + 1;
            for (long publication = first; publication <= current; publication++) {
                Map<EntityRef, Change> fresh = new LinkedHashMap<>();
                for (Change change : feed.ofPublication(publication, elections)) {
                    if (feed.firstPublished(change.entity()).orElse(-1) == publication) {
                        fresh.putIfAbsent(change.entity(), change);
                    }
                }
                for (EntityRef election : fresh.keySet()) {
                    Optional<LocalDate> date = dateOf(election.code());
                    String chamber = chamberOf(election.code());
                    if (date.isEmpty() || date.get().isBefore(since) || chamber.isEmpty()) {
                        continue;
                    }
                    for (Contact contact : directory.correspondentsOfChamber(chamber)) {
                        events.publishEvent(mail(contact, election.code(), chamber, date.get()));
                        asked.add(new Reminder(election.code(), chamber, date.get(), contact.email()));
                    }
                }
            }
            if (current > locked) {
                jdbc.update("update election_reminder_cursor set after_publication = ? where id = 1", current);
            }
            if (!asked.isEmpty()) {
                log.info("Election reminders asked for: {}", asked.size());
            }
            return List.copyOf(asked);
        });
    }

    private MailRequested mail(Contact contact, String election, String chamber, LocalDate date) {
        boolean french = contact.language().getLanguage().equals(Locale.FRENCH.getLanguage());
        String page = publicUrl + "/my";
        String profile = publicUrl + "/parliament/" + chamber.substring(0, chamber.indexOf('-')) + "/" + chamber;
        String subject = french
                ? "Plenum : nouvelle élection pour " + chamber + " (" + date + ")"
                : "Plenum: new election for " + chamber + " (" + date + ")";
        String body = french
                ? "Bonjour " + contact.displayName() + ",\n\nUne élection de la chambre " + chamber + " du " + date
                + " vient d'être publiée dans Plenum (" + election + ").\nMerci de mettre à jour les données de votre chambre"
                + " (sièges pourvus, femmes, hommes, âges, présidence…) après cette élection : " + page + "\n\nLa chambre : "
                + profile + "\n\nPlenum"
                : "Hello " + contact.displayName() + ",\n\nAn election of the chamber " + chamber + " on " + date
                + " has just been published in Plenum (" + election + ").\nPlease update your chamber's data (seats filled,"
                + " women, men, ages, presiding officer…) after this election: " + page + "\n\nThe chamber: " + profile
                + "\n\nPlenum";
        return new MailRequested(contact.email(), subject, body, "election-reminder");
    }

    /** The date of an election from its code, {@code ES-LC01-E20231123}. */
    static Optional<LocalDate> dateOf(String electionCode) {
        int at = electionCode.lastIndexOf("-E");
        if (at < 0 || electionCode.length() - at - 2 != 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(electionCode.substring(at + 2), CODE_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The chamber of an election from its code ({@code ES-LC01} of {@code ES-LC01-E20231123}), or empty. */
    static String chamberOf(String electionCode) {
        int at = electionCode.lastIndexOf("-E");
        return at > 0 && electionCode.indexOf('-') < at ? electionCode.substring(0, at) : "";
    }
}
