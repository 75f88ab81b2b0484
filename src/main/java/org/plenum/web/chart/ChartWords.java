package org.plenum.web.chart;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The few words the charts write themselves ("no data", "seats", …), in English and French, from
 * {@code i18n/charts*.properties}: a bundle of its own, read without Spring so the charts render anywhere.
 */
final class ChartWords {

    private final ResourceBundle bundle;

    private ChartWords(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ChartWords of(Locale locale) {
        return new ChartWords(ResourceBundle.getBundle("i18n/charts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No chart word '" + key + "' in i18n/charts for " + bundle.getLocale(), e);
        }
    }

    /** "label: value", as the language writes it (French puts a no-break space before the colon). */
    String labelValue(String label, String value) {
        return get("chart.labelValue", label, value);
    }

    String get(String key, Object... arguments) {
        return new java.text.MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }
}
