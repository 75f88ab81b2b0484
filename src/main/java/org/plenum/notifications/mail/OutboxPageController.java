package org.plenum.notifications.mail;

import java.util.List;
import org.plenum.web.BadPageRequestException;
import org.plenum.web.PageContext;
import org.plenum.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/outbox} (admins, decision 0048): the e-mail Plenum sent or has to send, newest first, by status, each
 * with its body; and whether an SMTP server is configured (without one, nothing is sent and admins hand messages over).
 */
@PageController
class OutboxPageController {

    private static final List<String> STATUSES = List.of("pending", "sent", "failed");

    private final MailOutbox outbox;
    private final OutboxSender sender;

    OutboxPageController(MailOutbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/admin/outbox")
    String outbox(@ModelAttribute("page") PageContext page, @RequestParam(name = "status", defaultValue = "") String status,
                  Model model) {
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            throw new BadPageRequestException("status", "pending, sent or failed");
        }
        List<MailOutbox.Message> messages = status.isEmpty() ? outbox.newest(200) : outbox.newest(status, 200);
        model.addAttribute("outbox", new OutboxPage(sender.configured(), status, outbox.count("pending"),
                outbox.count("failed"), messages));
        return "notifications/outbox";
    }
}
