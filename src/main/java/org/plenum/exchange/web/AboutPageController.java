package org.plenum.exchange.web;

import org.plenum.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /about} (and Parline's address {@code /about-data}): how the statistics are computed (decisions 0010 and
 * 0018 in plain words), the bundled dataset's sources and licences (from its SOURCES.md), and links to the API
 * documentation and the downloads. In module exchange, which owns the dataset and the downloads (decision 0035).
 */
@PageController
class AboutPageController {

    private final AboutPage about = AboutPage.fromBundledSources();

    @GetMapping({"/about", "/about/", "/about-data", "/about-data/"})
    String about(Model model) {
        model.addAttribute("about", about);
        return "exchange/about";
    }
}
