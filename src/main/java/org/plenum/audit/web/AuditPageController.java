package org.plenum.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenum.audit.AuditQuery;
import org.plenum.audit.AuditRecord;
import org.plenum.audit.AuditTrail;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * {@code /admin/audit}: the audit log for editors and admins (the security configuration lets no one else reach
 * {@code /admin/audit/**}), filtered by actor, action and dates, the newest first; the same selection as CSV at
 * {@code /admin/audit/export.csv} (every matching entry, RFC 4180, UTF-8). A filter is in the address (GET form).
 */
@PageController
class AuditPageController {

    /** The most entries the page lists (the CSV has them all). */
    static final int PAGE_LIMIT = 200;
    private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("id").addColumn("recorded_at").addColumn("actor")
            .addColumn("action").addColumn("subject").addColumn("origin").addColumn("detail").build().withHeader();

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(@ModelAttribute("page") PageContext page, @RequestParam(name = "actor", defaultValue = "") String actor,
                 @RequestParam(name = "action", defaultValue = "") String action,
                 @RequestParam(name = "from", defaultValue = "") String from,
                 @RequestParam(name = "to", defaultValue = "") String to, Model model) {
        AuditQuery query = query(actor, action, from, to, PAGE_LIMIT + 1);
        List<AuditRecord> entries = trail.find(query);
        boolean truncated = entries.size() > PAGE_LIMIT;
        String export = "/admin/audit/export.csv?actor=" + PageContext.encode(actor) + "&action=" + PageContext.encode(action)
                + "&from=" + PageContext.encode(from) + "&to=" + PageContext.encode(to);
        model.addAttribute("view", new AuditView(actor, action, from, to,
                truncated ? entries.subList(0, PAGE_LIMIT) : entries, truncated, export));
        return "audit/audit";
    }

    @GetMapping("/admin/audit/export.csv")
    void export(@RequestParam(name = "actor", defaultValue = "") String actor,
                @RequestParam(name = "action", defaultValue = "") String action,
                @RequestParam(name = "from", defaultValue = "") String from,
                @RequestParam(name = "to", defaultValue = "") String to, HttpServletResponse response) throws IOException {
        List<AuditRecord> entries = trail.find(query(actor, action, from, to, 0));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"plenum-audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        CsvMapper csv = CsvMapper.builder().build();
        try (OutputStream out = response.getOutputStream()) {
            var writer = csv.writer(SCHEMA).writeValues(out);
            for (AuditRecord record : entries) {
                writer.write(List.of(String.valueOf(record.id()), record.recordedAt().toString(), record.entry().actor(),
                        record.entry().action(), record.entry().subject(), record.entry().origin(), record.entry().detail()));
            }
            writer.close();
        }
        response.flushBuffer();
    }

    private static AuditQuery query(String actor, String action, String from, String to, int limit) {
        return new AuditQuery(Optional.of(actor), Optional.of(action), date("from", from), date("to", to), limit);
    }

    private static Optional<LocalDate> date(String parameter, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            throw new BadPageRequestException(parameter, parameter + " must be a date YYYY-MM-DD; it is '" + value + "'.");
        }
    }
}
