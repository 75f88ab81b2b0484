package org.plenum.registry.web;

/** The addresses of country and chamber pages, as on Parline (decision 0031). */
final class CountryPages {

    private CountryPages() {
    }

    static String countryPath(String countryCode) {
        return "/parliament/" + countryCode + "/";
    }

    static String chamberPath(String countryCode, String chamberCode) {
        return "/parliament/" + countryCode + "/" + chamberCode + "/";
    }
}
