package org.plenum.aiwatch.usecases;

import java.util.List;
import java.util.Optional;

/**
 * A use case as its page and the library's lists show it, in one language.
 *
 * @param language     the language of the words shown ({@code en} where a French page shows a use case not
 *                     translated)
 * @param translated   whether the words are a translation (Plenum's French of IPU's text)
 * @param chamberPath  the chamber's page on Plenum, when the chamber is the registry's
 * @param fields       every field that has words, in IPU's order (the title excepted)
 * @param related      the related AI-policy actions
 */
public record UseCaseView(LibraryEntry entry, String id, String title, String language, boolean translated,
                          String categoryCode, String categoryName, boolean categoryByIpu, String country,
                          String countryName, String chamberName, Optional<String> chamberPath, boolean chamberKnown,
                          String date, String statusCode, String status, List<Field> fields,
                          List<RelatedAction> related, String source, boolean ipu) {

    /**
     * A field under its heading.
     *
     * @param items       the items of a list field; one item for a text field
     * @param restNotRead whether the stored page was cut off in this field
     */
    public record Field(String name, String heading, List<String> items, boolean list, boolean restNotRead) {
    }

    /** A related AI-policy action: its title when the tracker has it. */
    public record RelatedAction(String id, String path, Optional<String> title) {
    }
}
