package org.plenum.registry.changes;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityRef;
import org.plenum.registry.EntityType;
import org.plenum.registry.FactValue;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.plenum.web.CachedResponses;
import org.plenum.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Atom 1.0 feeds of the change feed for feed readers (decision 0047): {@code /feeds/changes.atom} (every country) and
 * {@code /feeds/countries/{code}.atom} (one country and what belongs to it), the newest {@value #ENTRIES} changes,
 * newest first. Each entry's id is a tag URI made of the public address's host and the fact's number, so it never
 * changes; its link goes to the country's page (decision 0031's address). Cached per data publication.
 */
@RestController
class ChangesAtomController {

    static final int ENTRIES = 100;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChangeFeed feed;
    private final PublishedRegistry registry;
    private final FieldCatalogue catalogue;
    private final CachedResponses responses;
    private final String publicUrl;
    private final String authority;

    ChangesAtomController(ChangeFeed feed, PublishedRegistry registry, FieldCatalogue catalogue, CachedResponses responses,
                          @Value("${plenum.public-url}") String publicUrl) {
        this.feed = feed;
        this.registry = registry;
        this.catalogue = catalogue;
        this.responses = responses;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        String host = URI.create(this.publicUrl).getHost();
        this.authority = host == null ? "localhost" : host;
    }

    @GetMapping("/feeds/changes.atom")
    ResponseEntity<byte[]> all(HttpServletRequest request) {
        Snapshot snapshot = registry.current();
        return responses.respond(request, snapshot.publication(), ATOM, () -> atom(snapshot, Optional.empty()));
    }

    @GetMapping("/feeds/countries/{file:.+\\.atom}")
    ResponseEntity<byte[]> country(@PathVariable String file, HttpServletRequest request) {
        String code = file.substring(0, file.length() - ".atom".length());
        Snapshot snapshot = registry.current();
        if (code.isBlank() || snapshot.get(EntityRef.country(code)).isEmpty()) {
            throw ApiException.notFound("There is no country with the code '" + code + "'.");
        }
        return responses.respond(request, snapshot.publication(), ATOM, () -> atom(snapshot, Optional.of(code)));
    }

    private byte[] atom(Snapshot snapshot, Optional<String> country) {
        List<Change> changes = feed.latest(country.map(ChangeFilter::country).orElse(ChangeFilter.ALL), ENTRIES);
        Feed atom = new Feed("atom_1.0");
        atom.setId(tag(country.map(c -> "changes/" + c).orElse("changes")));
        atom.setTitle(country.map(c -> "Plenum: changes to the data of " + countryName(snapshot, c) + " (" + c + ")")
                .orElse("Plenum: changes to the data on national parliaments"));
        Instant updated = changes.isEmpty() ? snapshot.publishedAt() : changes.get(0).recordedAt();
        atom.setUpdated(Date.from(updated));
        atom.setOtherLinks(List.of(link("self", publicUrl + country.map(c -> "/feeds/countries/" + c + ".atom")
                .orElse("/feeds/changes.atom"), "application/atom+xml")));
        atom.setAlternateLinks(List.of(link("alternate", publicUrl + country.map(c -> "/parliament/" + c).orElse("/"), "text/html")));
        Person plenum = new Person();
        plenum.setName("Plenum");
        plenum.setUri(publicUrl + "/");
        atom.setAuthors(List.of(plenum));
        Generator generator = new Generator();
        generator.setValue("Plenum");
        atom.setGenerator(generator);
        List<Entry> entries = new ArrayList<>(changes.size());
        for (Change change : changes) {
            entries.add(entry(snapshot, change));
        }
        atom.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(atom).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed not written: " + e.getMessage(), e);
        }
    }

    private Entry entry(Snapshot snapshot, Change change) {
        Entry entry = new Entry();
        entry.setId(tag("change/" + change.id()));
        String field = catalogue.field(change.entity().type(), change.field()).map(f -> f.label().getOrDefault("en", f.id()))
                .orElse(change.field());
        String subject = change.country().map(c -> countryName(snapshot, c) + ", ").orElse("")
                + change.entity().type().id().replace('_', ' ') + " " + change.entity().code();
        String from = change.validFrom().map(d -> " from " + d).orElse("");
        String title = switch (change.kind()) {
            case ADDITION -> subject + ": " + field + " " + text(change.value()) + from;
            case UPDATE -> subject + ": " + field + " " + text(change.previous().orElseThrow().value()) + " → "
                    + text(change.value()) + from;
            case CORRECTION -> subject + ": " + field + from + " corrected, " + text(change.previous().orElseThrow().value())
                    + " → " + text(change.value());
        };
        entry.setTitle(title);
        entry.setUpdated(Date.from(change.recordedAt()));
        entry.setPublished(Date.from(change.recordedAt()));
        entry.setAlternateLinks(List.of(link("alternate", publicUrl + page(change), "text/html")));
        entry.setOtherLinks(List.of(link("related", publicUrl + "/api/v1/" + change.entity().type().resource() + "/"
                + change.entity().code(), "application/vnd.api+json")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(title + ". Kind: " + change.kind().id() + ". Valid " + change.validFrom().map(Object::toString).orElse("always")
                + change.validTo().map(d -> " to " + d).orElse("") + ". Source: " + change.source() + ". Recorded "
                + change.recordedAt() + " in publication " + change.publication() + "."
                + (change.annotation().isEmpty() ? "" : " Note: " + change.annotation()));
        entry.setSummary(summary);
        return entry;
    }

    /** The page of the change's country (decision 0031), or the API record of an entity of no country. */
    private static String page(Change change) {
        if (change.country().isPresent()) {
            String country = change.country().get();
            return change.entity().type() == EntityType.CHAMBER ? "/parliament/" + country + "/" + change.entity().code()
                    : "/parliament/" + country;
        }
        return "/api/v1/" + change.entity().type().resource() + "/" + change.entity().code();
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

    private static String text(FactValue value) {
        return value instanceof FactValue.Present present ? present.value() : "(" + ((FactValue.Missing) value).reason() + ")";
    }

    private static String countryName(Snapshot snapshot, String code) {
        return snapshot.get(EntityRef.country(code))
                .flatMap(country -> country.latest("country_name", org.plenum.registry.EntityRecord.LATEST))
                .flatMap(step -> step.value() instanceof FactValue.Present present ? Optional.of(present.value()) : Optional.empty())
                .map(ChangesAtomController::english)
                .orElse(code);
    }

    private static String english(String translated) {
        try {
            String en = JSON.readTree(translated).path("en").asString("");
            return en.isBlank() ? translated : en;
        } catch (JacksonException e) {
            return translated;
        }
    }
}
