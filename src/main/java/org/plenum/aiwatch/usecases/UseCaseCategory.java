package org.plenum.aiwatch.usecases;

import java.util.Locale;
import java.util.Objects;

/**
 * A category of the AI use-case library.
 *
 * @param code        what the data, the API and the addresses use, e.g. {@code chatbots}
 * @param nameByIpu   whether the name is IPU's own (seen on IPU's use-case pages); otherwise Plenum named it
 */
public record UseCaseCategory(String code, String nameEnglish, String nameFrench, boolean nameByIpu) {

    public UseCaseCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEnglish, "nameEnglish");
        Objects.requireNonNull(nameFrench, "nameFrench");
    }

    public String name(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? nameFrench : nameEnglish;
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFrench : nameEnglish;
    }
}
