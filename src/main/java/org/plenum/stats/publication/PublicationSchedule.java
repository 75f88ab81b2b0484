package org.plenum.stats.publication;

import org.plenum.registry.DataPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When publications are made: on the first of each month (cron {@code plenum.publications.cron}, UTC) the current
 * month's reports; when a server starts, the current month if it was missed, and the month of the newest figures
 * (on a fresh install, the bundled ranking's month) if never published and revisions for data changed while no
 * server ran; after every data publication of this process (an import, a correction), revisions of the published
 * months whose reports changed. Every node may do all of this at the same time: see {@link ReportPublications}.
 * Off with {@code plenum.publications.enabled=false}.
 */
@Component
class PublicationSchedule {

    private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

    private final ReportPublications publications;
    private final boolean enabled;

    PublicationSchedule(ReportPublications publications, @Value("${plenum.publications.enabled}") boolean enabled) {
        this.publications = publications;
        this.enabled = enabled;
    }

    @Scheduled(cron = "${plenum.publications.cron}", zone = "UTC")
    void monthly() {
        run(() -> publications.publishCurrentMonth("monthly schedule"));
    }

    @EventListener(WebServerInitializedEvent.class)
    void onServerStarted() {
        run(() -> {
            publications.publishCurrentMonth("catch-up at start");
            publications.publishNewestDataMonth("catch-up at start: the month of the newest figures");
            publications.reviseAll("correction found at start");
        });
    }

    /** Outside the import's transaction (committed by then): each revision is one insert of its own. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void onDataPublished(DataPublished event) {
        run(() -> {
            if (publications.anyPublished()) {
                publications.reviseAll("correction: data publication " + event.publication());
            }
        });
    }

    /** A failure is logged, never thrown: it must not stop a server or undo the import that triggered it. */
    private void run(Runnable task) {
        if (!enabled) {
            return;
        }
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Monthly publications: {}", e.getMessage(), e);
        }
    }
}
