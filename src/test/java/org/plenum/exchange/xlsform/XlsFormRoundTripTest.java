package org.plenum.exchange.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.exchange.InputFile;

/**
 * Property: any edition the reader can produce, written by {@link XlsFormWriter}, reads back equal. The editions are
 * generated (synthetic) from 300 fixed seeds, so a failure names its seed and is repeated exactly.
 */
class XlsFormRoundTripTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

    @Test
    void everyGeneratedEditionReadsBackEqual() {
        for (long seed = 1; seed <= 300; seed++) {
            Edition edition = new Generator(new Random(seed)).edition();
            byte[] workbook = XlsFormWriter.write(edition);
            Edition read = XlsFormReader.read(XlsFormSheets.workbook(new InputFile("seed-" + seed + ".xlsx", workbook)));
            assertThat(read).as("seed %d", seed).isEqualTo(edition);
        }
    }

    @Test
    void theFormReadByTheReaderTestReadsBackEqual(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path form = folder.resolve("form");
        java.nio.file.Files.createDirectories(form);
        java.nio.file.Files.writeString(form.resolve("survey.csv"), XlsFormReaderTest.SURVEY);
        java.nio.file.Files.writeString(form.resolve("choices.csv"), XlsFormReaderTest.CHOICES);
        java.nio.file.Files.writeString(form.resolve("settings.csv"), XlsFormReaderTest.SETTINGS);
        Edition edition = XlsFormReader.read(form);
        Edition read = XlsFormReader.read(XlsFormSheets.workbook(new InputFile("x.xlsx", XlsFormWriter.write(edition))));
        assertThat(read).isEqualTo(edition);
    }

    private static final class Generator {
        private final Random random;
        private final List<String> languages;
        private final Map<String, List<Choice>> lists = new LinkedHashMap<>();
        private int names;
        private String first;

        Generator(Random random) {
            this.random = random;
            List<String> shuffled = new ArrayList<>(LANGUAGES);
            java.util.Collections.shuffle(shuffled, random);
            this.languages = List.copyOf(shuffled.subList(0, 1 + random.nextInt(3)));
        }

        Edition edition() {
            List<Section> sections = new ArrayList<>();
            if (random.nextBoolean()) {
                sections.add(new Section("main", Text.NONE, Text.NONE, Optional.empty(), questions()));
            }
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                sections.add(new Section(name("s"), maybe(text()), maybe(text()), expression(), questions()));
            }
            return new Edition("q-" + random.nextInt(100), "20" + random.nextInt(30), text(), maybe(text()), languages,
                    random.nextBoolean(), sections);
        }

        private List<Question> questions() {
            List<Question> questions = new ArrayList<>();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                questions.add(question());
            }
            return questions;
        }

        private Question question() {
            QuestionType type = QuestionType.values()[random.nextInt(QuestionType.values().length)];
            String name = name("q");
            if (first == null) {
                first = name;
            }
            return switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    String list = list();
                    yield new Question(name, type, text(), maybe(text()), random.nextBoolean(), expression(),
                            expression(), maybe(text()), Optional.of(list), lists.get(list), random.nextBoolean(),
                            random.nextInt(4) == 0 ? Optional.of("${" + name + "} = 'x'") : Optional.empty(), List.of());
                }
                case YES_NO -> new Question(name, type, text(), maybe(text()), random.nextBoolean(), expression(),
                        Optional.empty(), Text.NONE, Optional.of("yes_no"), yesNo(), false, Optional.empty(), List.of());
                case MATRIX -> {
                    String list = list();
                    List<MatrixRow> rows = new ArrayList<>();
                    int count = 1 + random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        rows.add(new MatrixRow(name("r"), text(), random.nextBoolean()));
                    }
                    yield new Question(name, type, maybe(text()), maybe(text()), false, expression(), Optional.empty(),
                            Text.NONE, Optional.of(list), lists.get(list), false, Optional.empty(), rows);
                }
                default -> new Question(name, type, text(), maybe(text()), random.nextBoolean(), expression(),
                        random.nextBoolean() ? Optional.of(". > 0") : Optional.empty(), maybe(text()),
                        Optional.empty(), List.of(), false, Optional.empty(), List.of());
            };
        }

        private List<Choice> yesNo() {
            return lists.computeIfAbsent("yes_no", l -> List.of(new Choice("yes", text()), new Choice("no", text())));
        }

        private String list() {
            if (!lists.isEmpty() && random.nextBoolean()) {
                List<String> existing = lists.keySet().stream().filter(l -> !l.equals("yes_no")).toList();
                if (!existing.isEmpty()) {
                    return existing.get(random.nextInt(existing.size()));
                }
            }
            String list = name("list");
            List<Choice> choices = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                choices.add(new Choice("c" + i + (random.nextBoolean() ? "-x" : ""), text()));
            }
            lists.put(list, choices);
            return list;
        }

        /** A text in the default language and perhaps others, with accents, quotes and a line break sometimes. */
        private Text text() {
            Map<String, String> texts = new LinkedHashMap<>();
            for (int i = 0; i < languages.size(); i++) {
                if (i == 0 || random.nextBoolean()) {
                    String[] words = {"Stratégie", "budget", "\"open\" data", "l'accès", "2024", "niño",
                            "مجلس", "line\nbreak", "=SUM(A1)", "a, b; c"};
                    texts.put(languages.get(i), words[random.nextInt(words.length)] + " " + random.nextInt(1000));
                }
            }
            return new Text(texts);
        }

        private Text maybe(Text text) {
            return random.nextBoolean() ? text : Text.NONE;
        }

        private Optional<String> expression() {
            return random.nextInt(3) == 0 && first != null ? Optional.of("${" + first + "} != ''") : Optional.empty();
        }

        private String name(String prefix) {
            names++;
            return prefix + names;
        }
    }
}
