package org.plenum.aiwatch.actions;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Atom 1.0 feed of the tracker's additions and updates, {@code /ai/actions.atom} (decision 0066): the newest
 * {@value #ENTRIES} versions, newest first, one entry per version. An entry's id is a tag URI of the public address's
 * host, the action's id and the version's number, so it never changes; its link goes to the action's page.
 */
@RestController
class ActionsAtomController {

    static final int ENTRIES = 100;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ActionStore store;
    private final ActionCountries countries;
    private final String publicUrl;
    private final String authority;

    ActionsAtomController(ActionStore store, ActionCountries countries, @Value("${plenum.public-url}") String publicUrl) {
        this.store = store;
        this.countries = countries;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String host = URI.create(this.publicUrl).getHost();
        this.authority = host == null ? "localhost" : host;
    }

    @GetMapping("/ai/actions.atom")
    ResponseEntity<byte[]> feed() {
        List<ActionVersion> versions = store.latestVersions(ENTRIES);
        Feed atom = new Feed("atom_1.0");
        atom.setId(tag("ai-actions"));
        atom.setTitle("Plenum: parliamentary actions on AI policy added or updated");
        Instant updated = versions.isEmpty() ? Instant.EPOCH : versions.get(0).changedAt();
        atom.setUpdated(Date.from(updated));
        atom.setOtherLinks(List.of(link("self", publicUrl + "/ai/actions.atom", "application/atom+xml")));
        atom.setAlternateLinks(List.of(link("alternate", publicUrl + "/ai/digest", "text/html")));
        Person plenum = new Person();
        plenum.setName("Plenum");
        plenum.setUri(publicUrl + "/");
        atom.setAuthors(List.of(plenum));
        Generator generator = new Generator();
        generator.setValue("Plenum");
        atom.setGenerator(generator);
        List<Entry> entries = new ArrayList<>();
        for (ActionVersion v : versions) {
            entries.add(entry(v));
        }
        atom.setEntries(entries);
        try {
            byte[] body = new WireFeedOutput().outputString(atom).getBytes(StandardCharsets.UTF_8);
            return ResponseEntity.ok().contentType(ATOM).cacheControl(CacheControl.noCache()).body(body);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed not written: " + e.getMessage(), e);
        }
    }

    private Entry entry(ActionVersion v) {
        var a = v.record().action();
        Entry entry = new Entry();
        entry.setId(tag("ai-action/" + v.actionId() + "/" + v.version()));
        String country = countries.name(a.country(), "en");
        String title = country + ": " + a.titleEnglish() + (v.added() ? " (added)" : " (updated: "
                + String.join(", ", v.changes().stream().map(ActionVersion.FieldChange::field).toList()) + ")");
        entry.setTitle(title);
        entry.setUpdated(Date.from(v.changedAt()));
        entry.setPublished(Date.from(v.changedAt()));
        entry.setAlternateLinks(List.of(link("alternate", publicUrl + "/ai/actions/" + v.actionId(), "text/html")));
        entry.setOtherLinks(List.of(link("related", publicUrl + "/api/v1/ai-actions/" + v.actionId(),
                "application/vnd.api+json")));
        Person author = new Person();
        author.setName(a.ipu() ? "Inter-Parliamentary Union (described by)" : v.record().publisher() + " (not IPU)");
        entry.setAuthors(List.of(author));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(a.type().code() + ", " + a.status().code() + a.date().map(d -> ", " + d).orElse("") + ". "
                + a.summary() + " Version " + v.version() + " recorded " + v.changedAt() + " (" + v.origin() + ").");
        entry.setSummary(summary);
        return entry;
    }

    private String tag(String specific) {
        return "tag:" + authority + ",2026:plenum/" + specific;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
