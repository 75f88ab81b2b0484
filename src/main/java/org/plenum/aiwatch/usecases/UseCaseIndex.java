package org.plenum.aiwatch.usecases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.plenum.aiwatch.UseCase;
import org.plenum.aiwatch.UseCaseText;
import org.plenum.registry.EntityRecord;
import org.plenum.registry.EntityRef;
import org.plenum.registry.PublishedRegistry;
import org.plenum.registry.Snapshot;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The library's full-text search (decision 0067): a Lucene index in memory, built from the database and rebuilt when
 * the use cases change. Each use case is one document with every text field twice, in English analysed with English
 * stemming ({@code en_*}) and in French analysed with French stemming ({@code fr_*}, when translated), the category,
 * country and chamber names in both languages ({@code *_names}), and the facets (category, country, status, year) as
 * sorted-set doc values. A search in English searches the English fields; in French the French fields, and the
 * English fields of the use cases not translated. Facet counts come from drill-sideways: each facet counted with the
 * query and the other facets' choices.
 *
 * <p>The index is rebuilt after every commit that changed use cases ({@link UseCasesChanged}), and before a search
 * whenever the table's generation (count and latest change) differs from the index's: a change made by another
 * process sharing the database is searched at once too. The library is small (tens of use cases): a rebuild takes
 * milliseconds and replaces the searcher atomically.
 */
@Component
@ConditionalOnWebApplication
public class UseCaseIndex {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(UseCaseIndex.class);

    /** The most characters a query may have. */
    public static final int MAX_QUERY_LENGTH = 500;
    private static final String ID = "id";
    private static final String HAS_FRENCH = "has_french";
    private static final Map<String, Float> BOOSTS = Map.of("title", 4f, "objective", 2f, "names", 1.5f);

    private final JdbcUseCases store;
    private final UseCaseCategories categories;
    private final PublishedRegistry registry;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Analyzer analyzer;
    private volatile Built built;

    /** One built index: its searcher, its facet state and the generation of the table it was built from. */
    private record Built(String generation, DirectoryReader reader, IndexSearcher searcher,
                         Optional<SortedSetDocValuesReaderState> facets, Map<String, LibraryEntry> entries) {
    }

    UseCaseIndex(JdbcUseCases store, UseCaseCategories categories, PublishedRegistry registry) {
        this.store = store;
        this.categories = categories;
        this.registry = registry;
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer english = new EnglishAnalyzer();
        Analyzer french = new FrenchAnalyzer();
        for (String field : searchFields("en")) {
            perField.put(field, english);
        }
        for (String field : searchFields("fr")) {
            perField.put(field, french);
        }
        this.analyzer = new PerFieldAnalyzerWrapper(english, perField);
    }

    /** The indexed text fields of a language: {@code en_title}, …, {@code en_names}. */
    static List<String> searchFields(String language) {
        List<String> fields = new ArrayList<>();
        for (String field : UseCaseTexts.FIELDS) {
            fields.add(language + "_" + field);
        }
        fields.add(language + "_names");
        return fields;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onChange(UseCasesChanged change) {
        rebuild();
    }

    /** Builds the index once the application has started, so that the first reader does not wait for it. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void onStart() {
        rebuild();
    }

    /** The index, rebuilt first if the table changed since it was built. */
    private Built current() {
        String generation = store.generation();
        Built now = built;
        if (now == null || !now.generation().equals(generation)) {
            return rebuild();
        }
        return now;
    }

    /** Builds the index from the database and puts it in place. */
    synchronized Built rebuild() {
        String generation = store.generation();
        Built now = built;
        if (now != null && now.generation().equals(generation)) {
            return now;
        }
        long start = System.nanoTime();
        List<LibraryEntry> entries = store.entries();
        Snapshot snapshot = registry.current();
        Directory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (LibraryEntry entry : entries) {
                    writer.addDocument(facetsConfig.build(document(entry, snapshot)));
                }
            }
            DirectoryReader reader = DirectoryReader.open(directory);
            IndexSearcher searcher = new IndexSearcher(reader);
            Optional<SortedSetDocValuesReaderState> facets = entries.isEmpty() ? Optional.empty()
                    : Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
            Map<String, LibraryEntry> byId = new LinkedHashMap<>();
            entries.forEach(e -> byId.put(e.id(), e));
            Built next = new Built(generation, reader, searcher, facets, byId);
            built = next;
            log.info("AI use-case index built: {} use cases in {} ms", entries.size(),
                    (System.nanoTime() - start) / 1_000_000);
            // the old reader is left to the garbage collector: a search may still be using it
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the AI use-case index in memory", e);
        }
    }

    private Document document(LibraryEntry entry, Snapshot snapshot) {
        UseCase u = entry.useCase();
        Document doc = new Document();
        doc.add(new StringField(ID, u.id(), Field.Store.YES));
        doc.add(new StringField(HAS_FRENCH, u.french().isPresent() ? "yes" : "no", Field.Store.NO));
        addText(doc, "en", u.english());
        u.french().ifPresent(fr -> addText(doc, "fr", fr));
        for (String language : List.of("en", "fr")) {
            doc.add(new TextField(language + "_names", names(entry, snapshot, language), Field.Store.YES));
        }
        doc.add(new SortedSetDocValuesFacetField("category", u.category()));
        doc.add(new SortedSetDocValuesFacetField("country", u.country()));
        doc.add(new SortedSetDocValuesFacetField("status", u.status().code()));
        u.date().ifPresent(d -> doc.add(new SortedSetDocValuesFacetField("year", Integer.toString(d.year()))));
        return doc;
    }

    private static void addText(Document doc, String language, UseCaseText text) {
        List<String> values = UseCaseTexts.values(text);
        for (int i = 0; i < values.size(); i++) {
            doc.add(new TextField(language + "_" + UseCaseTexts.FIELDS.get(i), values.get(i), Field.Store.YES));
        }
    }

    /** The category's, country's and chamber's names in a language, and the id, so that they can be searched too. */
    private String names(LibraryEntry entry, Snapshot snapshot, String language) {
        UseCase u = entry.useCase();
        List<String> names = new ArrayList<>();
        names.add(u.id());
        categories.find(u.category()).ifPresent(c -> names.add(c.name(language)));
        snapshot.get(EntityRef.country(u.country()))
                .flatMap(c -> c.text("country_name", language, EntityRecord.LATEST)).ifPresent(names::add);
        u.chamber().flatMap(code -> snapshot.get(EntityRef.chamber(code)))
                .flatMap(c -> c.text("chamber_name", language, EntityRecord.LATEST)).ifPresent(names::add);
        if (!entry.chamberAsNamed().isBlank()) {
            names.add(entry.chamberAsNamed());
        }
        return String.join(" · ", names);
    }

    /** Searches the library; a text that is not valid Lucene syntax is searched as plain words. */
    public UseCaseSearch.Result search(UseCaseSearch.Query query) {
        if (query.text().length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("the search has " + query.text().length()
                    + " characters; at most " + MAX_QUERY_LENGTH + " are searched");
        }
        Built index = current();
        if (index.facets().isEmpty()) {
            return new UseCaseSearch.Result(query, List.of(), Map.of(), false, Optional.empty());
        }
        boolean escaped = false;
        Query text;
        if (!query.hasText()) {
            text = new MatchAllDocsQuery();
        } else {
            try {
                text = textQuery(query.text(), query.language());
            } catch (ParseException | IllegalArgumentException | IndexSearcher.TooManyClauses e) {
                escaped = true;
                try {
                    text = textQuery(QueryParser.escape(query.text()), query.language());
                } catch (ParseException e2) {
                    throw new IllegalStateException("an escaped query could not be parsed: " + query.text(), e2);
                }
            }
        }
        try {
            DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, text);
            for (String facet : UseCaseSearch.FACETS) {
                String value = query.filters().get(facet);
                if (value != null && !value.isBlank()) {
                    drillDown.add(facet, value);
                }
            }
            int size = Math.max(1, index.reader().numDocs());
            DrillSideways sideways = new DrillSideways(index.searcher(), facetsConfig, index.facets().get());
            DrillSideways.DrillSidewaysResult found = sideways.search(drillDown, size);
            Map<String, List<UseCaseSearch.FacetCount>> facets = new LinkedHashMap<>();
            for (String facet : UseCaseSearch.FACETS) {
                List<UseCaseSearch.FacetCount> counts = new ArrayList<>();
                FacetResult result = found.facets.getTopChildren(1000, facet);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        counts.add(new UseCaseSearch.FacetCount(lv.label, lv.value.intValue()));
                    }
                }
                facets.put(facet, List.copyOf(counts));
            }
            List<UseCaseSearch.Hit> hits = hits(index, found.hits.scoreDocs, text, query);
            return new UseCaseSearch.Result(query, hits, facets, escaped, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the AI use-case index", e);
        }
    }

    private Query textQuery(String text, String language) throws ParseException {
        Query own = parser(language).parse(text);
        if (language.equals("en")) {
            return own;
        }
        // French: the French words, or the English of a use case not translated
        Query english = parser("en").parse(text);
        return new BooleanQuery.Builder()
                .add(own, BooleanClause.Occur.SHOULD)
                .add(new BooleanQuery.Builder()
                        .add(english, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(HAS_FRENCH, "no")), BooleanClause.Occur.FILTER)
                        .build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    private MultiFieldQueryParser parser(String language) {
        List<String> fields = searchFields(language);
        Map<String, Float> boosts = new HashMap<>();
        for (String field : fields) {
            boosts.put(field, BOOSTS.getOrDefault(field.substring(3), 1f));
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        return parser;
    }

    private List<UseCaseSearch.Hit> hits(Built index, ScoreDoc[] docs, Query text, UseCaseSearch.Query query)
            throws IOException {
        List<UseCaseSearch.Hit> hits = new ArrayList<>();
        Map<String, String[]> highlighted = Map.of();
        List<String> fields = new ArrayList<>(searchFields("en"));
        fields.addAll(searchFields("fr"));
        if (query.hasText() && docs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(index.searcher(), analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxNoHighlightPassages(0)
                    .build();
            int[] ids = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                ids[i] = docs[i].doc;
            }
            int[] passages = new int[fields.size()];
            java.util.Arrays.fill(passages, 2);
            highlighted = highlighter.highlightFields(fields.toArray(String[]::new), text, ids, passages);
        }
        var storedFields = index.searcher().storedFields();
        for (int i = 0; i < docs.length; i++) {
            String id = storedFields.document(docs[i].doc).get(ID);
            LibraryEntry entry = index.entries().get(id);
            UseCase u = entry.useCase();
            String language = query.language().equals("fr") && u.french().isPresent() ? "fr" : "en";
            UseCaseText words = language.equals("fr") ? u.french().orElseThrow() : u.english();
            String titleHtml = highlightedOr(highlighted, language + "_title", i, escape(words.title()));
            List<UseCaseSearch.Snippet> snippets = new ArrayList<>();
            for (String field : UseCaseTexts.FIELDS.subList(1, UseCaseTexts.FIELDS.size())) {
                String[] values = highlighted.get(language + "_" + field);
                if (values != null && values[i] != null) {
                    snippets.add(new UseCaseSearch.Snippet(field, values[i]));
                }
            }
            hits.add(new UseCaseSearch.Hit(entry, docs[i].score, titleHtml, List.copyOf(snippets), language));
        }
        return hits;
    }

    private static String highlightedOr(Map<String, String[]> highlighted, String field, int i, String fallback) {
        String[] values = highlighted.get(field);
        return values != null && values[i] != null ? values[i] : fallback;
    }

    /** Text as HTML: the highlighter's escaping, for the fields it did not highlight. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
