package org.plenum.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenum.web.SecurityHeaders;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.plenum.Plenum;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed requests never get a 5xx: a property-based fuzz of the URL (paths, Parline filters, fields, sort, page
 * parameters, dates, raw and percent-encoded bytes) against the whole server with the bundled dataset, over a raw
 * socket so that nothing on the client side cleans the request line. Every answer is below 500, carries the security
 * headers, and every 4xx is a JSON:API error document whose status matches, with no stack trace.
 */
class RequestFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static ConfigurableApplicationContext server;
    private static int port;

    @BeforeContainer
    static void start() throws IOException {
        Path dataDir = Files.createTempDirectory("plenum-fuzz");
        server = SpringApplication.run(Plenum.class, "--server.port=0", "--PLENUM_DATA_DIR=" + dataDir,
                "--plenum.publications.enabled=false", "--spring.main.banner-mode=off");
        port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Sends the request target exactly as given (HTTP/1.0: the body ends when the connection closes). */
    static Answer get(String target, String... headers) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET ").append(target).append(" HTTP/1.0\r\nHost: localhost\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                fields.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Answer(Integer.parseInt(head[0].split(" ")[1]), fields, text.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(target, e);
        }
    }

    /** What every answer must be, whatever was asked. */
    static void assertWellFormed(String target, Answer answer) {
        assertThat(answer.status()).as(target).isLessThan(500);
        assertThat(answer.headers()).as(target).containsEntry("x-content-type-options", "nosniff")
                .containsKey("content-security-policy").containsEntry("x-frame-options", "DENY");
        assertThat(answer.body()).as(target).doesNotContain("Exception").doesNotContain("\tat ");
        int query = target.indexOf('?');
        if (SecurityHeaders.isSitePage(query < 0 ? target : target.substring(0, query))) {
            // An address of the website (not /api/**, not the actuator): its errors are the site's HTML pages.
            if (answer.status() >= 400 && answer.status() != 400) {
                assertThat(answer.headers().get("content-type")).as(target).startsWith("text/html");
                assertThat(answer.body()).as(target).contains("<h1>");
            }
            return;
        }
        assertThat(answer.body()).as(target).doesNotContain("<html");
        if (answer.status() >= 400) {
            assertThat(answer.headers().get("content-type")).as(target).startsWith("application/vnd.api+json");
            JsonNode error = JSON.readTree(answer.body()).at("/errors/0");
            assertThat(error.at("/status").asString()).as(target).isEqualTo(Integer.toString(answer.status()));
            assertThat(error.at("/detail").asString()).as(target).isNotBlank();
        }
    }

    @Property(tries = 400)
    void noMalformedRequestGetsA5xx(@ForAll("targets") String target) {
        assertWellFormed(target, get(target));
    }

    @Provide
    Arbitrary<String> targets() {
        Arbitrary<String> query = Combinators.combine(parameterName(), parameterValue())
                .as((name, value) -> name + "=" + value).list().ofMaxSize(4).map(pairs -> String.join("&", pairs));
        Arbitrary<String> bareQuery = Arbitraries.oneOf(Arbitraries.of("%", "%%", "&", "=", "&&=", "%zz", "a=%f", "=%ff%fe"), fragment());
        return Combinators.combine(path(), Arbitraries.oneOf(query, bareQuery), Arbitraries.integers().between(0, 3))
                .as((path, q, form) -> form == 0 ? path : path + "?" + q);
    }

    private static Arbitrary<String> path() {
        Arbitrary<String> collection = Arbitraries.of("countries", "parliaments", "chambers", "elections", "election_results",
                "specialized_bodies", "people", "political_parties");
        Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.of("ES", "ES-LC01", "RW-LC01", "FR", "SUHH", "%20", "%2520", "", "%00",
                "..", "%2e%2e", "a%2fb", "%5c", "%", "%C3%A9", "%ff%fe", ";x", "x;jsessionid=1"), fragment());
        Arbitrary<String> report = Arbitraries.of("reports/women-ranking", "reports/women-averages", "reports/sdg",
                "reports/age-brackets", "publications", "publications/women-ranking/2025-11", "publications/x/9999-99",
                "downloads/women-ranking", "downloads/compare", "downloads/%20", "metadata/fields",
                "metadata/fields/current_women_number", "metadata/fields/%20", "metadata/taxonomies", "openapi.json");
        return Arbitraries.oneOf(
                Combinators.combine(collection, code).as((c, id) -> "/api/v1/" + c + "/" + id),
                collection.map(c -> "/api/v1/" + c),
                code.map(id -> "/api/v1/countries/" + id + "/chambers"),
                report.map(r -> "/api/v1/" + r),
                Arbitraries.of("/error", "/actuator", "/actuator/health", "/actuator/info", "/", "/api", "/api/v1",
                        "/api/docs", "//api/v1/chambers", "/api/v1/../v1/chambers", "/api/v1/chambers/", "/%2e/api"),
                fragment().map(f -> "/api/v1/" + f));
    }

    private static Arbitrary<String> parameterName() {
        return Arbitraries.oneOf(Arbitraries.of("filter", "page[number]", "page[size]", "page%5Bnumber%5D", "page%5Bsize%5D",
                "fields", "fields[chambers]", "fields[x]", "sort", "as_of", "known_at", "filter[country_code]", "year",
                "month", "format", "region", "chamber", "series", "field", "structure", "revision", "%", "%ff", ""), fragment());
    }

    private static Arbitrary<String> parameterValue() {
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("2147483647", "2147483648", "858995", "-1", "0", "1e3", "0x10", "99999999999999999999", " 5", "5000", "5001"));
        Arbitrary<String> field = Arbitraries.of("country_code", "current_women_number", "current_members_number",
                "struct_parl_status.term", "struct_parl_status", "chamber_name.en", "id", "last_election", "nope", "", ".", "a.b.c");
        Arbitrary<String> op = Arbitraries.of("eq", "ne", "gt", "ge", "lt", "le", "in", "contains", "", "EQ", "xx");
        Arbitrary<String> filter = Combinators.combine(field, op, Arbitraries.oneOf(numbers, fragment(),
                Arbitraries.of(",", ",,", "ES,", ",ES", "", "lower_chamber", "2025-11-01", "%00"))).as((f, o, v) -> f + ":" + o + ":" + v);
        Arbitrary<String> dates = Arbitraries.of("2025-11-15", "2025-02-30", "0000-01-01", "+999999999-12-31", "9999-12-31",
                "2025-11-15T12:00:00Z", "2025-11-15T25:00:00Z", "1945-01-01", "-1-01-01", "today");
        Arbitrary<String> list = Combinators.combine(field, field).as((a, b) -> a + "," + b);
        return Arbitraries.oneOf(numbers, filter, filter.list().ofMaxSize(3).map(l -> String.join(";", l)), dates, list,
                list.map(l -> "-" + l), fragment());
    }

    /** Random text as it may appear in a URL: raw printable ASCII, percent-encoded bytes (valid or not) and malformed escapes. */
    private static Arbitrary<String> fragment() {
        Arbitrary<String> raw = Arbitraries.strings().withChars("abcXYZ019-_.~:;,=+!$'()*@/[]{}|^`\"<>\\%").ofMaxLength(8);
        Arbitrary<String> encoded = Arbitraries.integers().between(0, 255).map(b -> String.format("%%%02X", b));
        Arbitrary<String> broken = Arbitraries.of("%", "%g", "%1", "%zz", "%%", "%u0041", "%c3", "%e2%82", "%ed%a0%80", "%f4%90%80%80");
        return Arbitraries.oneOf(raw, encoded, broken).list().ofMaxSize(5).map(parts -> String.join("", parts));
    }

    /** The request classes found by the attack on the landed jar (issue 9), each asserted by itself. */
    @Example
    void theAttacksRequestsAreRefusedWithJsonApi() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/api/v1/chambers?filter=%ff%fe", 400);
        expected.put("/api/v1/chambers?%", 400);
        expected.put("/api/v1/chambers?filter=country_code:in:,", 400);
        expected.put("/api/v1/chambers/%20", 404);
        expected.put("/error", 404);
        expected.put("/api/v1/chambers/%", 400);
        expected.put("/api/v1/chambers/a%2fb", 400);
        expected.put("/actuator", 404);
        expected.put("/api/v1/;%", 400); // found by this property: a path parameter Tomcat lets through, Spring cannot decode
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            Answer answer = get(e.getKey());
            assertWellFormed(e.getKey(), answer);
            assertThat(answer.status()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** Page arithmetic in long: a page far past the last is empty, never a wrapped-around earlier page. */
    @Example
    void pagesPastTheEndAreEmpty() {
        for (String target : List.of("/api/v1/chambers?page[number]=2147483647", "/api/v1/chambers?page[number]=858995&page[size]=5000",
                "/api/v1/countries?page[number]=429497&page[size]=5000")) {
            Answer answer = get(target.replace("[", "%5B").replace("]", "%5D"));
            assertWellFormed(target, answer);
            assertThat(answer.status()).as(target).isEqualTo(200);
            JsonNode document = JSON.readTree(answer.body());
            assertThat(document.at("/data").size()).as(target).isZero();
            assertThat(document.at("/meta/total").asInt()).as(target).isPositive();
        }
    }

    /** A forged Host header is never reflected, and the API's CSP is strict while Swagger UI's lets it load itself. */
    @Example
    void noHostReflectionAndSecurityHeaders() {
        for (String target : List.of("/actuator", "/actuator/health", "/api/docs", "/api/v1/chambers/ES-LC01", "/api/v1/chambers?page[size]=2",
                "/api/v1/openapi.json", "/api/v1/openapi.json/swagger-config", "/api/v1/nothing")) {
            Answer answer = get(target.replace("[", "%5B").replace("]", "%5D"), "Host", "evil.example", "X-Forwarded-Host", "evil.example");
            assertWellFormed(target, answer);
            assertThat(answer.body() + answer.headers()).as(target).doesNotContain("evil.example");
            assertThat(answer.headers()).doesNotContainKey("strict-transport-security");
        }
        assertThat(get("/api/v1/chambers/ES-LC01").headers().get("content-security-policy")).startsWith("default-src 'none'");
        Answer ui = get("/api/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.headers().get("content-security-policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
    }

    /** The fast path (a second GET of the same URL is answered from the cache ahead of Spring MVC) sets the headers too. */
    @Example
    void cachedAnswersCarryTheSecurityHeaders() {
        Answer first = get("/api/v1/chambers/FR-LC01");
        Answer second = get("/api/v1/chambers/FR-LC01");
        assertThat(second.headers().get("etag")).isEqualTo(first.headers().get("etag"));
        for (String header : List.of("x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy")) {
            assertThat(second.headers().get(header)).as(header).isNotNull().isEqualTo(first.headers().get(header));
        }
    }
}
