package org.plenum.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.plenum.web.WebsiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix (issue 12, decision 0036): every write endpoint (any method but GET and HEAD) and every
 * page under {@code /my}, {@code /review}, {@code /admin} and {@code /account}, of every controller, has a row in
 * {@code src/test/resources/accounts/authorisation-matrix.csv} saying, for each of five callers (anonymous, a
 * correspondent of ES, a correspondent of FR, an editor, an admin), whether it is allowed or refused; the test
 * calls each row's example address as each caller and checks it. A new endpoint without a row fails the test.
 *
 * <p>Refused: a redirect to {@code /login}, 401 or 403. Allowed: anything else below 500 (a 400 for a form sent
 * empty is allowed: the request got past the security). Signed-in callers send a session cookie and a valid CSRF
 * field (a form's), anonymous callers a session with a CSRF token only (as after opening a form); API callers
 * (addresses under {@code /api/}) a personal token instead, anonymous ones nothing.
 *
 * <p>Placeholders in an example address: {@code {target}} an account id of a correspondent of ES made for the test,
 * {@code {staff}} an editor's account id (for "nobody escalates").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest extends WebsiteTest {

    static final String MATRIX = "/accounts/authorisation-matrix.csv";
    static final List<String> CALLERS = List.of("anonymous", "correspondent-ES", "correspondent-FR", "editor", "admin");
    private static final Set<String> PRIVATE_PREFIXES = Set.of("/my", "/review", "/admin", "/account");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** One row: an endpoint, its example address and body, and each caller's expected outcome. */
    record Row(int line, String method, String pattern, String example, String body, Map<String, Boolean> allowed) {
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final Map<String, TestAccounts.SignedInSession> sessions = new LinkedHashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private Actor target;
    private Actor staff;

    @BeforeAll
    void callers() {
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("correspondent-ES", TestAccounts.account(context, "matrix-es@example.org", Role.CORRESPONDENT, Set.of("ES"), Set.of()));
        actors.put("correspondent-FR", TestAccounts.account(context, "matrix-fr@example.org", Role.CORRESPONDENT, Set.of("FR"), Set.of()));
        actors.put("editor", TestAccounts.account(context, "matrix-editor@example.org", Role.EDITOR, Set.of(), Set.of()));
        actors.put("admin", TestAccounts.account(context, "matrix-admin@example.org", Role.ADMIN, Set.of(), Set.of()));
        actors.forEach((name, actor) -> {
            sessions.put(name, TestAccounts.signIn(context, actor));
            tokens.put(name, TestAccounts.token(context, actor, "matrix"));
        });
        sessions.put("anonymous", TestAccounts.anonymousSession(context));
        target = TestAccounts.account(context, "matrix-target@example.org", Role.CORRESPONDENT, Set.of("ES"), Set.of());
        staff = TestAccounts.account(context, "matrix-staff@example.org", Role.EDITOR, Set.of(), Set.of());
    }

    /** Every endpoint that needs a row, as {@code METHOD pattern}. */
    Set<String> endpointsNeedingARow() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            Set<String> patterns = info.getPatternValues();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            for (String pattern : patterns) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                    continue;
                }
                for (String method : methods) {
                    boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
                    if (!read || privatePage(pattern)) {
                        endpoints.add(method + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    private static boolean privatePage(String pattern) {
        return PRIVATE_PREFIXES.stream().anyMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/"));
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrixTest.class.getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                assertThat(cells).as("%s line %d: method,pattern,example,body,%s", MATRIX, i + 1, String.join(",", CALLERS))
                        .hasSize(4 + CALLERS.size());
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (int c = 0; c < CALLERS.size(); c++) {
                    String cell = cells[4 + c].strip();
                    assertThat(cell).as("%s line %d, column %s: allow or refuse", MATRIX, i + 1, CALLERS.get(c)).isIn("allow", "refuse");
                    allowed.put(CALLERS.get(c), cell.equals("allow"));
                }
                rows.add(new Row(i + 1, cells[0].strip(), cells[1].strip(), cells[2].strip(), cells[3].strip(), allowed));
            }
        }
        return rows;
    }

    @Test
    void everyWriteEndpointAndPrivatePageHasARow() throws IOException {
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(row -> inMatrix.add(row.method() + " " + row.pattern()));
        Set<String> missing = new TreeSet<>(endpointsNeedingARow());
        missing.removeAll(inMatrix);
        assertThat(missing).as("endpoints without a row in %s (add one per endpoint: who may call it)", MATRIX).isEmpty();
    }

    @Test
    void everyRowNamesAnEndpointThatExists() throws IOException {
        Set<String> endpoints = endpointsNeedingARow();
        List<String> stale = rows().stream().map(r -> r.method() + " " + r.pattern()).filter(e -> !endpoints.contains(e)).toList();
        assertThat(stale).as("rows of %s for endpoints that do not exist (or need no row)", MATRIX).isEmpty();
    }

    @Test
    void everyCallerIsAllowedOrRefusedAsTheMatrixSays() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Row row : rows()) {
            for (String caller : CALLERS) {
                HttpResponse<String> response = call(row, caller);
                boolean refused = refused(response);
                boolean expectedAllowed = row.allowed().get(caller);
                if (response.statusCode() >= 500) {
                    wrong.add(row.method() + " " + row.example() + " as " + caller + ": " + response.statusCode());
                } else if (refused == expectedAllowed) {
                    wrong.add(row.method() + " " + row.example() + " as " + caller + ": expected "
                            + (expectedAllowed ? "allowed" : "refused") + ", got " + response.statusCode()
                            + response.headers().firstValue("Location").map(l -> " -> " + l).orElse(""));
                }
            }
        }
        assertThat(wrong).as("calls that the matrix %s does not expect", MATRIX).isEmpty();
    }

    static boolean refused(HttpResponse<String> response) {
        int status = response.statusCode();
        return status == 401 || status == 403
                || status / 100 == 3 && response.headers().firstValue("Location").map(l -> l.matches("(https?://[^/]+)?/login([?#].*)?")).orElse(false);
    }

    HttpResponse<String> call(Row row, String caller) {
        String path = row.example().replace("{target}", String.valueOf(target.accountId()))
                .replace("{staff}", String.valueOf(staff.accountId()));
        boolean api = path.startsWith("/api/");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        String body = row.body().replace(';', '&');
        if (api) {
            if (!caller.equals("anonymous")) {
                request.header("Authorization", "Bearer " + tokens.get(caller));
            }
        } else {
            {
                TestAccounts.SignedInSession session = sessions.get(caller);
                request.header("Cookie", session.cookie());
                body = body.isEmpty() ? session.csrfField() : body + "&" + session.csrfField();
            }
        }
        if (row.method().equals("GET") || row.method().equals("HEAD")) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
            request.method(row.method().equals("ANY") ? "POST" : row.method(),
                    HttpRequest.BodyPublishers.ofString(api ? (row.body().isEmpty() ? "{}" : row.body()) : body));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
