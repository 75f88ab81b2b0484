package org.plenum.registry.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The change feed and its Atom feeds on the bundled real data (decision 0047). */
class ChangeFeedTest extends WebsiteTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcTemplate jdbc;

    private JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/vnd.api+json");
        return JSON.readTree(response.body());
    }

    @Test
    void rwandasLowerChamberWomenFrom49To51InTheNovember2025Ranking() {
        JsonNode page = json("/api/v1/changes?filter%5Bcountry%5D=RW&filter%5Bfield%5D=current_women_number"
                + "&filter%5Bentity_type%5D=chamber&page%5Bsize%5D=500");
        JsonNode found = null;
        for (JsonNode change : page.get("data")) {
            JsonNode a = change.get("attributes");
            assertThat(a.get("country_code").asString()).isEqualTo("RW");
            assertThat(a.get("field").asString()).isEqualTo("current_women_number");
            if (a.get("entity_code").asString().equals("RW-LC01") && "2025-11-01".equals(a.get("date_from").asString(""))) {
                found = a;
            }
        }
        assertThat(found).as("the change of the November 2025 ranking").isNotNull();
        assertThat(found.get("kind").asString()).isEqualTo("update");
        assertThat(found.get("old_value").asString()).isEqualTo("49");
        assertThat(found.get("old_date_from").asString()).isEqualTo("2023-03-01");
        assertThat(found.get("old_source").asString()).isEqualTo("women-ranking-2023-03.csv row 7");
        assertThat(found.get("value").asString()).isEqualTo("51");
        assertThat(found.get("source").asString()).isEqualTo("women-ranking-2025-11.csv row 17");
        assertThat(found.get("entity_type").asString()).isEqualTo("chamber");
        assertThat(found.get("recorded_at").asString()).isNotEmpty();
        // the first value of the series is an addition: nothing was published before it
        JsonNode first = page.get("data").get(0).get("attributes");
        assertThat(first.get("kind").asString()).isEqualTo("addition");
        assertThat(first.get("old_value").isNull()).isTrue();
        assertThat(page.at("/meta/more").asBoolean()).isFalse();
        assertThat(page.at("/links/next").isMissingNode()).isTrue();
    }

    @Test
    void pagingThroughTheWholeFeedGivesEveryPublishedFactOnceInOrder() {
        long facts = jdbc.queryForObject("select count(*) from fact", Long.class);
        String next = "/api/v1/changes?page%5Bsize%5D=5000";
        Set<String> ids = new HashSet<>();
        long lastPublication = 0;
        long lastId = 0;
        int pages = 0;
        String cursor = null;
        while (next != null) {
            JsonNode page = json(next);
            pages++;
            for (JsonNode change : page.get("data")) {
                long publication = change.at("/attributes/publication").asLong();
                long id = Long.parseLong(change.get("id").asString());
                assertThat(publication > lastPublication || (publication == lastPublication && id > lastId))
                        .as("change %s after %s/%s", id, lastPublication, lastId).isTrue();
                lastPublication = publication;
                lastId = id;
                assertThat(ids.add(change.get("id").asString())).isTrue();
            }
            cursor = page.at("/meta/cursor").asString();
            next = page.at("/links/next").isMissingNode() ? null : page.at("/links/next").asString();
        }
        assertThat(ids).hasSize((int) facts);
        assertThat(pages).isEqualTo((int) ((facts + 4999) / 5000));
        // resuming from the last cursor: nothing new was published
        JsonNode resumed = json("/api/v1/changes?since=" + cursor);
        assertThat(resumed.get("data")).isEmpty();
        assertThat(resumed.at("/meta/cursor").asString()).isEqualTo(cursor);
    }

    @Test
    void aCursorResumesWhereTheLastPageEnded() {
        JsonNode first = json("/api/v1/changes?page%5Bsize%5D=3&filter%5Bcountry%5D=ES");
        JsonNode second = json(first.at("/links/next").asString());
        JsonNode both = json("/api/v1/changes?page%5Bsize%5D=6&filter%5Bcountry%5D=ES");
        List<String> paged = new ArrayList<>();
        first.get("data").forEach(c -> paged.add(c.get("id").asString()));
        second.get("data").forEach(c -> paged.add(c.get("id").asString()));
        List<String> once = new ArrayList<>();
        both.get("data").forEach(c -> once.add(c.get("id").asString()));
        assertThat(paged).hasSize(6).isEqualTo(once);
        assertThat(second.at("/links/next").asString()).contains("filter%5Bcountry%5D=ES").contains("page%5Bsize%5D=3");
    }

    @Test
    void etagsAndErrors() {
        HttpResponse<String> first = get("/api/v1/changes?page%5Bsize%5D=10");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/changes?page%5Bsize%5D=10", "If-None-Match", etag).statusCode()).isEqualTo(304);

        HttpResponse<String> badCursor = get("/api/v1/changes?since=not-a-cursor");
        assertThat(badCursor.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(badCursor.body()).at("/errors/0");
        assertThat(error.get("code").asString()).isEqualTo("invalid_cursor");
        assertThat(error.at("/source/parameter").asString()).isEqualTo("since");
        assertThat(badCursor.body()).doesNotContain("Exception");

        assertThat(get("/api/v1/changes?filter%5Bentity_type%5D=senators").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes?page%5Bsize%5D=0").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/changes?sinse=x").statusCode()).isEqualTo(400);
    }

    private Feed atom(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        WireFeedInput input = new WireFeedInput();
        Feed feed = (Feed) input.build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        // what Atom 1.0 (RFC 4287) requires of a feed and of each entry
        assertThat(feed.getId()).startsWith("tag:localhost,2026:plenum/");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getUpdated()).isNotNull();
        assertThat(feed.getAuthors()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (Entry entry : feed.getEntries()) {
            assertThat(ids.add(entry.getId())).isTrue();
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
            assertThat(entry.getAlternateLinks()).hasSize(1);
        }
        return feed;
    }

    @Test
    void atomFeedOfRwandaLinksEachChangeToItsPage() throws Exception {
        Feed feed = atom("/feeds/countries/RW.atom");
        assertThat(feed.getTitle()).isEqualTo("Plenum: changes to the data of Rwanda (RW)");
        assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        // the newest entry is the last change of Rwanda in the change feed
        JsonNode last = null;
        String next = "/api/v1/changes?filter%5Bcountry%5D=RW&page%5Bsize%5D=5000";
        while (next != null) {
            JsonNode page = json(next);
            if (!page.get("data").isEmpty()) {
                last = page.get("data").get(page.get("data").size() - 1);
            }
            next = page.at("/links/next").isMissingNode() ? null : page.at("/links/next").asString();
        }
        Entry newest = feed.getEntries().get(0);
        assertThat(newest.getId()).isEqualTo("tag:localhost,2026:plenum/change/" + last.get("id").asString());
        assertThat(newest.getTitle()).startsWith("Rwanda, ").contains(last.at("/attributes/entity_code").asString());
        Link page = newest.getAlternateLinks().get(0);
        assertThat(page.getHref()).matches("http://localhost:\\d+/parliament/RW(/RW-(LC01|UC02))?");
        assertThat(get(page.getHref().replaceFirst("http://localhost:\\d+", "")).statusCode()).isEqualTo(200);
        // the same change has the same id at the next request (stable ids)
        assertThat(atom("/feeds/countries/RW.atom").getEntries().get(0).getId()).isEqualTo(newest.getId());
    }

    @Test
    void globalAtomFeedAndAnUnknownCountry() throws Exception {
        Feed feed = atom("/feeds/changes.atom");
        assertThat(feed.getEntries()).hasSize(100);
        assertThat(get("/feeds/countries/XX.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theCountryPageOffersItsAtomFeed() {
        String page = get("/parliament/RW").body();
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes to the data of Rwanda (Atom feed)\" href=\"/feeds/countries/RW.atom\">");
        assertThat(get("/parliament/RW?lang=fr").body()).contains("flux Atom");
    }
}
