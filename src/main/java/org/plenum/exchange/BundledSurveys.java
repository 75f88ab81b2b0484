package org.plenum.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenum.assessment.Edition;
import org.plenum.assessment.Questionnaires;
import org.plenum.assessment.Responses;
import org.plenum.exchange.legislativeopenness.LegislativeOpennessReader;
import org.plenum.exchange.legislativeopenness.LegislativeOpennessSurvey;
import org.plenum.exchange.xlsform.XlsFormReader;
import org.plenum.exchange.xlsform.XlsFormSheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the questionnaires bundled in the jar at start (decision 0050, decision 0057): every folder
 * {@code assessment/questionnaires/<code>/<edition>/} of XLSForm CSV sheets ({@code survey.csv}, {@code choices.csv},
 * {@code settings.csv}), saved with {@link Questionnaires#save}, and the legislative-openness survey
 * ({@code dataset/surveys/legislative-openness/}): its edition and its 37 responses through
 * {@link Responses#importAccepted}. Like the bundled dataset: each part is recorded in {@code dataset_load} with the
 * SHA-256 of its files, so a restart reads nothing twice and a newer bundled file is applied once; saving and
 * importing are idempotent besides. Runs in the one-off commands too (they need the questionnaires to import
 * responses). A bundled questionnaire that cannot be read stops the start with the reader's problems.
 */
@Component
@Lazy(false)
class BundledSurveys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(BundledSurveys.class);
    static final String ACTOR = "plenum:bundled";
    /** Raised when the readers come to make something different of the same files. */
    private static final String READERS_VERSION = "2";

    private final Questionnaires questionnaires;
    private final Responses responses;
    private final BundledLoads loads;
    private final boolean enabled;

    BundledSurveys(@Lazy Questionnaires questionnaires, @Lazy Responses responses, BundledLoads loads,
                   @Value("${plenum.load-bundled-dataset:true}") boolean enabled) {
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.loads = loads;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (enabled) {
            load();
        }
    }

    /** Loads the bundled questionnaires and the legislative-openness survey not yet loaded; returns what it loaded. */
    List<String> load() {
        List<String> loaded = new ArrayList<>();
        for (Map.Entry<String, Map<String, InputFile>> folder : questionnaireFolders().entrySet()) {
            String name = "questionnaire:" + folder.getKey();
            if (loadOnce(name, folder.getValue().values().stream().toList(), () -> {
                Edition edition = XlsFormReader.read(XlsFormSheets.csvFiles(folder.getKey(), folder.getValue()));
                questionnaires.save(edition, ACTOR);
            })) {
                loaded.add(name);
            }
        }
        List<InputFile> survey = surveyFiles();
        if (loadOnce("survey:legislative-openness", survey, () -> {
            LegislativeOpennessSurvey read = LegislativeOpennessReader.bundled();
            questionnaires.save(read.edition(), ACTOR);
            int changed = responses.importAccepted(LegislativeOpennessSurvey.QUESTIONNAIRE,
                    LegislativeOpennessSurvey.EDITION, read.responses(), "import:legislative-openness/responses.csv",
                    ACTOR);
            log.info("Legislative-openness survey: {} responses added or changed", changed);
        })) {
            loaded.add("survey:legislative-openness");
        }
        return loaded;
    }

    private boolean loadOnce(String name, List<InputFile> files, Runnable load) {
        String key = BundledLoads.key("readers@" + READERS_VERSION, files);
        if (loads.loaded(name, key)) {
            return false;
        }
        boolean done = loads.load(name, key, "loading the bundled " + name, () -> {
            load.run();
            return true;
        }).isPresent();
        if (done) {
            log.info("Bundled {} loaded", name);
        }
        return done;
    }

    /** {@code <code>/<edition>} → sheet name → its CSV file, for every bundled questionnaire folder. */
    static Map<String, Map<String, InputFile>> questionnaireFolders() {
        Map<String, Map<String, InputFile>> folders = new TreeMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:assessment/questionnaires/*/*/*.csv");
            for (Resource resource : found) {
                String url = resource.getURL().toString();
                String[] parts = url.split("/");
                String file = parts[parts.length - 1];
                String key = parts[parts.length - 3] + "/" + parts[parts.length - 2];
                String sheet = file.substring(0, file.length() - ".csv".length());
                try (var in = resource.getInputStream()) {
                    folders.computeIfAbsent(key, k -> new TreeMap<>()).put(sheet,
                            new InputFile(key + "/" + file, in.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled questionnaires", e);
        }
        return folders;
    }

    private static List<InputFile> surveyFiles() {
        List<InputFile> files = new ArrayList<>();
        for (String name : List.of("questions.csv", "qs.csv", "os.csv", "responses.csv", "categories.json",
                "plenum-chambers.csv")) {
            files.add(BundledDataset.resource("surveys/legislative-openness/" + name));
        }
        for (String name : List.of("chambers.csv", "ipu-regions.csv", "income-groups.csv")) {
            files.add(BundledDataset.resource("reference/" + name));
        }
        return files;
    }
}
