package org.plenum.stats.publication;

import org.plenum.web.ContentVersion;
import org.springframework.stereotype.Component;

/** The monthly publications' part of the key of cached pages: how many revisions exist (from memory). */
@Component
class PublicationsVersion implements ContentVersion {

    private final ReportPublications publications;

    PublicationsVersion(ReportPublications publications) {
        this.publications = publications;
    }

    @Override
    public long currentVersion() {
        return publications.revisionCount();
    }
}
