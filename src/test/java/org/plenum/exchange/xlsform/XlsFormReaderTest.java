package org.plenum.exchange.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenum.assessment.AssessmentException;
import org.plenum.assessment.Choice;
import org.plenum.assessment.Edition;
import org.plenum.assessment.MatrixRow;
import org.plenum.assessment.Question;
import org.plenum.assessment.QuestionType;
import org.plenum.assessment.Section;
import org.plenum.assessment.Text;
import org.plenum.exchange.InputFile;
import org.plenum.exchange.ReaderFixtures;

/**
 * The XLSForm reader. The forms written here are synthetic (made for the test); the workbooks under
 * {@code src/test/resources/xlsform/pyxform/} are real public XLSForms from pyxform's own tests (see SOURCES.md there).
 */
class XlsFormReaderTest {

    @TempDir
    Path folder;

    /** A synthetic form with every feature Plenum reads, in English and French. */
    static final String SURVEY = """
            type,name,label::English (en),label::Français (fr),hint::English (en),required,relevant,constraint,constraint_message::English (en),appearance,choice_filter
            note,intro,Welcome,Bienvenue,,,,,,,
            begin_group,strategy,Strategy,Stratégie,About plans,,,,,,
            select_one yes_no,has_strategy,Has a strategy?,A une stratégie ?,,yes,,,,,
            integer,staff,How many staff?,Combien d'agents ?,,true,${has_strategy} = 'yes',. >= 0,Not negative,,
            select_one hosting or_other,hosting,Hosting,Hébergement,,1,,,,,
            select_multiple tools,tools,Tools,Outils,,no,,,,,
            begin_group,levels,Levels,Niveaux,,,${staff} > 0,,,table-list,
            select_one level,lv_web,Website,Site web,,yes,,,,,
            select_one level,lv_data,Open data,Données ouvertes,,,,,,,
            end_group,,,,,,,,,,
            end_group,,,,,,,,,,
            decimal,budget,Budget,Budget,,,,,,,
            date,since,Since,Depuis,,,,,,,
            text,comment,Comment,Commentaire,,,,,,,
            select_one city,city,City,Ville,,,,,,,${hosting} = 'cloud'
            """;
    static final String CHOICES = """
            list_name,name,label::English (en),label::Français (fr)
            yes_no,yes,Yes,Oui
            yes_no,no,No,Non
            hosting,cloud,Cloud,Nuage
            hosting,premises,On premises,Sur place
            tools,cms,CMS,CMS
            tools,wiki,Wiki,Wiki
            level,none,None,Aucun
            level,full,Full,Complet
            city,paris,Paris,Paris
            """;
    static final String SETTINGS = """
            form_title,form_id,version,default_language,description::English (en),description::Français (fr),public_responses
            Test survey,test-survey,2024,English (en),Synthetic,Synthétique,yes
            """;

    private Path form(String survey, String choices, String settings) throws IOException {
        Path dir = Files.createDirectories(folder.resolve("form" + System.nanoTime()));
        Files.writeString(dir.resolve("survey.csv"), survey, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("choices.csv"), choices, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("settings.csv"), settings, StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void readsEveryFeatureFromAFolderOfCsvFiles() throws IOException {
        Edition edition = XlsFormReader.read(form(SURVEY, CHOICES, SETTINGS));

        assertThat(edition.questionnaire()).isEqualTo("test-survey");
        assertThat(edition.edition()).isEqualTo("2024");
        assertThat(edition.title()).isEqualTo(new Text(Map.of("en", "Test survey")));
        assertThat(edition.description()).isEqualTo(Text.of("Synthetic", "Synthétique"));
        assertThat(edition.languages()).containsExactly("en", "fr");
        assertThat(edition.publicResponses()).isTrue();
        assertThat(edition.sections()).extracting(Section::name).containsExactly("main", "strategy");
        assertThat(edition.sections().get(0).questions()).extracting(Question::name)
                .containsExactly("intro", "budget", "since", "comment", "city");
        Section strategy = edition.sections().get(1);
        assertThat(strategy.title()).isEqualTo(Text.of("Strategy", "Stratégie"));
        assertThat(strategy.hint()).isEqualTo(new Text(Map.of("en", "About plans")));
        assertThat(strategy.questions()).extracting(Question::name, Question::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("has_strategy", QuestionType.YES_NO),
                org.assertj.core.groups.Tuple.tuple("staff", QuestionType.INTEGER),
                org.assertj.core.groups.Tuple.tuple("hosting", QuestionType.SINGLE_CHOICE),
                org.assertj.core.groups.Tuple.tuple("tools", QuestionType.MULTIPLE_CHOICE),
                org.assertj.core.groups.Tuple.tuple("levels", QuestionType.MATRIX));

        Question staff = edition.question("staff").orElseThrow();
        assertThat(staff.required()).isTrue();
        assertThat(staff.relevant()).contains("${has_strategy} = 'yes'");
        assertThat(staff.constraint()).contains(". >= 0");
        assertThat(staff.constraintMessage()).isEqualTo(new Text(Map.of("en", "Not negative")));
        Question hosting = edition.question("hosting").orElseThrow();
        assertThat(hosting.otherSpecify()).isTrue();
        assertThat(hosting.required()).isTrue();
        assertThat(hosting.choices()).containsExactly(new Choice("cloud", Text.of("Cloud", "Nuage")),
                new Choice("premises", Text.of("On premises", "Sur place")));
        assertThat(edition.question("tools").orElseThrow().required()).isFalse();
        Question levels = edition.question("lv_data").orElseThrow();
        assertThat(levels.name()).isEqualTo("levels");
        assertThat(levels.relevant()).contains("${staff} > 0");
        assertThat(levels.listName()).contains("level");
        assertThat(levels.rows()).containsExactly(new MatrixRow("lv_web", Text.of("Website", "Site web"), true),
                new MatrixRow("lv_data", Text.of("Open data", "Données ouvertes"), false));
        assertThat(edition.question("city").orElseThrow().choiceFilter()).contains("${hosting} = 'cloud'");
        assertThat(edition.question("intro").orElseThrow().label()).isEqualTo(Text.of("Welcome", "Bienvenue"));
    }

    @Test
    void namesEverySheetRowAndColumnOfEveryProblem() throws IOException {
        String survey = """
                type,name,label::English (en),label::Français (fr),required,relevant,constraint
                geopoint,where,Where,Où,,,
                integer,2nd,Second,Second,,,
                integer,staff,Staff,Agents,,,
                text,staff,Staff again,Agents encore,,,
                select_one nolist,pick,Pick,Choisir,,,
                text,unlabelled,,Sans étiquette,,,
                text,refers,Refers,Renvoie,maybe,${nowhere} = 1,. > ${staff}
                begin_group,open,Open,Ouvert,,,
                text,inside,Inside,Dedans,,,
                """;
        String choices = """
                list_name,name,label::English (en)
                colours,red,Red
                colours,red,Red again
                colours,,Nameless
                colours,dark blue,Dark blue
                colours,green,
                """;
        String settings = """
                form_title,form_id,version
                Broken,broken,
                """;
        Path form = form(survey, choices, settings);

        assertThatThrownBy(() -> XlsFormReader.read(form)).isInstanceOf(AssessmentException.class)
                .satisfies(e -> assertThat(((AssessmentException) e).problems()).containsExactly(
                        name(form) + ", sheet choices, row 3, column name: duplicate choice 'red' in list 'colours'"
                                + " (first in row 2; settings allow_choice_duplicates is not yes)",
                        name(form) + ", sheet choices, row 4, column name: no choice name",
                        name(form) + ", sheet choices, row 5, column name: 'dark blue' is not a valid choice name:"
                                + " it has a space (answers separate choices by spaces)",
                        name(form) + ", sheet choices, row 6, column label::English (en): the choice 'green' has no"
                                + " label in the default language (en)",
                        name(form) + ", sheet survey, row 2, column type: unknown type 'geopoint': Plenum reads"
                                + " select_one LIST, select_one LIST or_other, select_multiple LIST, integer, decimal,"
                                + " date, text, note, begin_group, end_group",
                        name(form) + ", sheet survey, row 3, column name: '2nd' is not a valid name: a letter, then"
                                + " letters, digits or _",
                        name(form) + ", sheet survey, row 5, column name: duplicate name 'staff' (first in row 4)",
                        name(form) + ", sheet survey, row 6, column type: no choice list named 'nolist' in the"
                                + " choices sheet",
                        name(form) + ", sheet survey, row 7, column label::English (en): 'unlabelled' has no label"
                                + " in the default language (en)",
                        name(form) + ", sheet survey, row 8, column required: 'maybe' is not yes or no (yes, true, 1;"
                                + " no, false, 0)",
                        name(form) + ", sheet survey, row 9, column type: begin_group 'open' has no end_group",
                        name(form) + ", sheet survey, row 8, column relevant: ${nowhere} names no question of the form",
                        name(form) + ", sheet settings, row 2, column version: missing: Plenum needs form_id (the"
                                + " questionnaire's code) and version (the edition's code)"));
    }

    @Test
    void refusesAMatrixOfMixedListsAndAnEndWithoutBegin() throws IOException {
        String survey = """
                type,name,label,appearance
                begin_group,grid,Grid,table-list
                select_one a,r1,Row 1,
                select_one b,r2,Row 2,
                text,r3,Row 3,
                end_group,,,
                end_group,,,
                """;
        String choices = """
                list_name,name,label
                a,x,X
                b,y,Y
                """;
        Path form = form(survey, choices, "form_id,version\ngrid,1\n");
        assertThat(XlsFormReader.problems(XlsFormSheets.read(form))).extracting(XlsFormProblem::toString).containsExactly(
                name(form) + ", sheet survey, row 4, column type: the table-list group 'grid' is a matrix of the list"
                        + " 'a': this question uses 'b'",
                name(form) + ", sheet survey, row 5, column type: the table-list group 'grid' is a matrix: its"
                        + " questions must be select_one of one list (without or_other)",
                name(form) + ", sheet survey, row 7, column type: end_group without a begin_group");
    }

    @Test
    void readsAnUntranslatedFormInTheDeclaredDefaultLanguage() throws IOException {
        Path form = form("type,name,label,required\ntext,nom,Votre nom,TRUE\n", "list_name,name,label\n",
                "form_id,version,default_language\nfr-form,1,Français (fr)\n");
        Edition edition = XlsFormReader.read(form);
        assertThat(edition.languages()).containsExactly("fr");
        assertThat(edition.question("nom").orElseThrow().label()).isEqualTo(new Text(Map.of("fr", "Votre nom")));
        assertThat(edition.question("nom").orElseThrow().required()).isTrue();
        assertThat(edition.title()).isEqualTo(new Text(Map.of("fr", "fr-form")));
        assertThat(edition.publicResponses()).isFalse();
    }

    /** A real public XLSForm: pyxform's choice_filter_test.xlsx (cascading selects; BSD-2-Clause, see SOURCES.md). */
    @Test
    void readsARealPublicXlsFormWithCascadingSelects() throws IOException {
        byte[] original = ReaderFixtures.resource("/xlsform/pyxform/choice_filter_test.xlsx");
        // As published it has no settings.version: Plenum needs one (the edition's code), and says where.
        assertThat(XlsFormReader.problems(XlsFormSheets.workbook(new InputFile("choice_filter_test.xlsx", original))))
                .extracting(XlsFormProblem::toString).containsExactly("choice_filter_test.xlsx, sheet settings, row 2,"
                        + " column version: missing: Plenum needs form_id (the questionnaire's code) and version (the"
                        + " edition's code)");

        Edition edition = XlsFormReader.read(XlsFormSheets.workbook(
                new InputFile("choice_filter_test.xlsx", withVersion(original, "1"))));
        assertThat(edition.questionnaire()).isEqualTo("cascading_selects1");
        assertThat(edition.title()).isEqualTo(new Text(Map.of("en", "cascading selects")));
        assertThat(edition.sections()).hasSize(1);
        assertThat(edition.questions()).extracting(Question::name).containsExactly("state", "county", "city");
        Question county = edition.question("county").orElseThrow();
        assertThat(county.choiceFilter()).contains("${state}=cf");
        // allow_choice_duplicates = yes: King county appears under Washington and under Texas
        assertThat(county.choices()).extracting(Choice::name).containsExactly("king", "pierce", "king", "cameron");
        assertThat(edition.question("city").orElseThrow().choices()).hasSize(8)
                .contains(new Choice("brownsville", new Text(Map.of("en", "brownsville"))));
    }

    /** pyxform's older conventions: "label:English" with one colon; its own legacy type spelling is refused. */
    @Test
    void readsTheOlderLanguageColumnsAndRefusesLegacyTypesByRow() {
        XlsFormSheets group = XlsFormSheets.workbook(new InputFile("group.xlsx",
                ReaderFixtures.resource("/xlsform/pyxform/group.xlsx")));
        assertThat(XlsFormReader.problems(group)).extracting(XlsFormProblem::toString).containsExactly(
                "group.xlsx, sheet survey, row 4, column type: unknown type 'phone number': Plenum reads select_one"
                        + " LIST, select_one LIST or_other, select_multiple LIST, integer, decimal, date, text, note,"
                        + " begin_group, end_group",
                "group.xlsx, sheet settings, column form_id: missing: Plenum needs form_id (the questionnaire's code)"
                        + " and version (the edition's code)",
                "group.xlsx, sheet settings, column version: missing: Plenum needs form_id (the questionnaire's code)"
                        + " and version (the edition's code)");
    }

    private static String name(Path form) {
        return form.getFileName().toString();
    }

    private static byte[] withVersion(byte[] workbook, String version) throws IOException {
        try (Workbook book = WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet settings = book.getSheet("settings");
            int column = settings.getRow(0).getLastCellNum();
            settings.getRow(0).createCell(column).setCellValue("version");
            settings.getRow(1).createCell(column).setCellValue(version);
            book.write(out);
            return out.toByteArray();
        }
    }
}
