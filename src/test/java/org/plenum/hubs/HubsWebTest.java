package org.plenum.hubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plenum.accounts.Actor;
import org.plenum.accounts.Role;
import org.plenum.accounts.TestAccounts;
import org.plenum.audit.AuditEntry;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.plenum.registry.PublishedRegistry;
import org.plenum.stewardship.NotAllowedException;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hubs on the whole application with the bundled data: the seed stored at start (counts, the Pacific members and
 * hosts), the participation computed from the stored memberships and the registry, the pages in both languages, the
 * API, the downloads, and the editors' changes (versions, audit). Written to run again on the same data directory.
 */
class HubsWebTest extends WebsiteTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Hubs hubs;
    @Autowired
    PublishedRegistry registry;
    @Autowired
    AuditTrail audit;
    @Autowired
    ApplicationContext context;

    @Test
    void theSeedIsStored() {
        List<Hub> all = hubs.all();
        assertThat(all).extracting(Hub::code).contains("hispanophone", "southern-african", "east-african", "pacific",
                "caribbean", "ict-governance", "ict-solutions", "open-data", "transparency", "data-science",
                "public-engagement");
        Hub pacific = hubs.find("pacific").orElseThrow();
        assertThat(pacific.members().stream().filter(m -> !m.basis().equals("editor") && !m.basis().equals("request"))
                .map(HubMembership::parliament)).containsExactlyInAnyOrder("AU", "FM", "FJ", "MH", "NZ", "PW", "PG", "WS",
                "TL", "TO", "TV", "VU");
        assertThat(pacific.hosts()).extracting(h -> h.parliament().orElse("") + " " + h.from().map(Object::toString).orElse(""))
                .startsWith("NZ 2019", "FJ 2025");
        assertThat(pacific.hosts().get(0).to()).map(Object::toString).contains("2025");
        assertThat(hubs.find("public-engagement").orElseThrow().hosts()).isEmpty();
        assertThat(hubs.find("southern-african").orElseThrow().activities()).extracting(HubActivity::place)
                .contains("Lusaka");
    }

    @Test
    void participationIsComputedFromTheMembershipsAndTheRegistry() {
        List<ParticipationYear> years = hubs.participation();
        assertThat(years.get(0).year()).isEqualTo(Hubs.FIRST_YEAR);
        ParticipationYear y2020 = years.stream().filter(y -> y.year() == 2020).findFirst().orElseThrow();
        // By hand: the members placed in 2020 are the Pacific hub's (established 2019), whatever the editors' tests
        // added to other hubs with later dates; the denominator is the registry's parliaments of 2020.
        int denominator = Hubs.parliamentsIn(registry.current(), 2020).size();
        assertThat(denominator).isBetween(150, 200);
        assertThat(y2020.parliaments()).isEqualTo(denominator);
        assertThat(y2020.memberCodes()).contains("NZ", "FJ", "AU", "PG", "WS");
        assertThat(y2020.percent()).isEqualTo(100.0 * y2020.members() / denominator);
        assertThat(y2020.percent()).isLessThan(27.0);
        assertThat(y2020.ipu()).map(ParticipationYear.IpuFigure::percent).contains(27.0);
        assertThat(years.stream().filter(y -> y.year() == 2024).findFirst().orElseThrow().ipu())
                .map(ParticipationYear.IpuFigure::percent).contains(45.0);
        assertThat(y2020.ipu().orElseThrow().sourceUrl()).contains(
                "https://www.ipu.org/news/press-releases/2024-10/new-ipu-report-parliaments-embrace-technology-digital-divide-persists");
    }

    @Test
    void pagesInBothLanguages() {
        HttpResponse<String> list = get("/hubs");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("<h1>Innovation hubs</h1>", "Pacific hub", "Hispanophone hub", "Regional hubs",
                "Thematic hubs", "Participation over time", "<svg", "Map of hub membership", "How the share is computed",
                "27%", "45%", "/hubs/downloads/participation.csv", "href=\"/hubs\"");
        assertThat(get("/hubs?lang=fr").body()).contains("<h1>Pôles d’innovation</h1>", "Pôle régional pour le Pacifique",
                "Participation au fil du temps", "Publié par l’UIP");
        HttpResponse<String> pacific = get("/hubs/pacific");
        assertThat(pacific.statusCode()).isEqualTo(200);
        assertThat(pacific.body()).contains("<h1>Pacific hub</h1>", "Parliament of New Zealand", "from 2019 to 2025",
                "Parliament of Fiji", "since 2025", "Papua New Guinea", "Hans Landon-Lane", "What is not known",
                "October 2019", "Samoa").doesNotContain("Ask to join this hub");
        assertThat(get("/hubs/southern-african?lang=fr").body()).contains("28 mars 2019", "Lusaka", "Zambie")
                .doesNotContain("Aucun parlement hôte");
        assertThat(get("/hubs/ict-solutions?lang=fr").body()).contains("Aucun parlement membre n’est connu.",
                "Aucune activité datée n’est connue.");
        assertThat(get("/hubs/atlantis").statusCode()).isEqualTo(404);
        HttpResponse<String> map = get("/hubs/map.svg?lang=fr");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).startsWith("<svg").contains("Carte des membres des pôles", "Fidji");
        weigh("/hubs").assertWithinBudget();
        weigh("/hubs/pacific").assertWithinBudget();
    }

    @Test
    void apiAndDownloads() throws Exception {
        JsonNode list = JSON.readTree(get("/api/v1/hubs").body());
        assertThat(list.path("data").size()).isGreaterThanOrEqualTo(11);
        assertThat(JSON.readTree(get("/api/v1/hubs?kind=thematic").body()).path("data").size()).isGreaterThanOrEqualTo(6);
        assertThat(get("/api/v1/hubs?kind=other").statusCode()).isEqualTo(400);
        HttpResponse<String> one = get("/api/v1/hubs/pacific");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type")).contains("application/vnd.api+json");
        JsonNode pacific = JSON.readTree(one.body()).path("data").path("attributes");
        assertThat(pacific.path("host_history").size()).isEqualTo(2 + (int) hubs.find("pacific").orElseThrow().hosts().stream()
                .skip(2).count());
        assertThat(pacific.path("memberships").size()).isGreaterThanOrEqualTo(12);
        HttpResponse<String> missing = get("/api/v1/hubs/atlantis");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"errors\"", "atlantis");
        JsonNode participation = JSON.readTree(get("/api/v1/hubs/participation").body()).path("data");
        assertThat(participation.get(1).path("attributes").path("year").asInt()).isEqualTo(2020);
        assertThat(participation.get(1).path("attributes").path("ipu_published_percent").asDouble()).isEqualTo(27.0);

        HttpResponse<String> csv = get("/hubs/downloads/memberships.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("hub,parliament,joined,left,basis,source,note").contains("pacific,NZ,2019,,host");
        assertThat(get("/hubs/downloads/participation.csv").body()).contains("2024,").contains(",45.0,");
        assertThat(get("/hubs/downloads/hubs.json").body()).contains("\"code\":\"pacific\"");
        assertThat(get("/hubs/downloads/hubs.xlsx").headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(get("/hubs/downloads/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void theEditorsPageRefusesAStaleFormAndSavesACurrentOne() throws Exception {
        Actor editor = TestAccounts.account(context, "hubs-page-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        TestAccounts.SignedInSession session = TestAccounts.signIn(context, editor);
        HttpResponse<String> page = get("/review/hubs/open-data", "Cookie", session.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Edit Open data hub", "Add a membership", "Add an activity", "Change the host",
                "End a membership");
        assertThat(get("/review/hubs/open-data?lang=fr", "Cookie", session.cookie()).body()).contains("Ajouter une activité");
        int version = hubs.find("open-data").orElseThrow().version();
        String title = "Webinar on open data " + System.nanoTime();
        String form = session.csrfField() + "&action=add-activity&kind=webinar&start=2022-06&source="
                + java.net.URLEncoder.encode("https://www.ipu.org/innovation-hub/open-data-hub", "UTF-8") + "&title="
                + java.net.URLEncoder.encode(title, "UTF-8");
        HttpResponse<String> stale = post("/review/hubs/open-data", session, form + "&version=" + (version - 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("was changed since you opened it");
        HttpResponse<String> bad = post("/review/hubs/open-data", session, form.replace("start=2022-06", "start=June")
                + "&version=" + version);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Not saved: check the field", "Start", "is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        HttpResponse<String> saved = post("/review/hubs/open-data", session, form + "&version=" + version);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(get("/hubs/open-data").body()).contains(title, "June 2022", "Webinar");
        assertThat(hubs.find("open-data").orElseThrow().version()).isEqualTo(version + 1);
    }

    HttpResponse<String> post(String path, TestAccounts.SignedInSession session, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                .header("Cookie", session.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void editorsChangeAHubWithVersionsAndAudit() {
        Actor editor = TestAccounts.account(context, "hubs-editor@ipu.org", Role.EDITOR, Set.of(), Set.of());
        Actor clerk = TestAccounts.account(context, "hubs-clerk@parliament.fj", Role.CORRESPONDENT, Set.of("FJ"), Set.of());
        Hub before = hubs.find("transparency").orElseThrow();
        assertThatThrownBy(() -> hubs.addActivity(clerk, "transparency", before.version(), "meeting", "A meeting", "2020",
                "", "", "", "", "https://ipu.org/node?page=168", "")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> hubs.addActivity(editor, "transparency", before.version() - 1, "meeting", "A meeting",
                "2020", "", "", "", "", "https://ipu.org/node?page=168", "")).isInstanceOf(HubVersionException.class);
        assertThatThrownBy(() -> hubs.addActivity(editor, "transparency", before.version(), "party", "A meeting",
                "2020", "", "", "", "", "https://ipu.org/node?page=168", "")).isInstanceOf(HubDataException.class)
                .satisfies(e -> assertThat(((HubDataException) e).field()).isEqualTo("kind"));
        String title = "Test activity " + System.nanoTime();
        hubs.addActivity(editor, "transparency", before.version(), "webinar", title, "2021-03-04", "", "", "Staff",
                "IL", "https://ipu.org/node?page=168", "");
        Hub after = hubs.find("transparency").orElseThrow();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.activities()).extracting(HubActivity::title).contains(title);
        List<AuditEntry> entries = audit.find(AuditQuery.all()).stream().map(AuditRecord::entry)
                .filter(e -> e.subject().equals("hub:transparency")).toList();
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("hub.activity.added");
            assertThat(e.actor()).isEqualTo(editor.username());
            assertThat(e.detail()).contains(title, "2021-03-04");
        });
        assertThatThrownBy(() -> hubs.addMembership(editor, "transparency", after.version(), "XX", "2020", "",
                "https://ipu.org/", "")).isInstanceOf(HubDataException.class).hasMessageContaining("XX");
        assertThatThrownBy(() -> hubs.addMembership(editor, "transparency", after.version(), "IL", "2021", "2020",
                "https://ipu.org/", "")).isInstanceOf(HubDataException.class).hasMessageContaining("before the join date");
    }
}
