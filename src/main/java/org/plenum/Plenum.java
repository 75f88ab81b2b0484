package org.plenum;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.plenum.exchange.ExportCommandLine;
import org.plenum.exchange.ImportCommandLine;
import org.plenum.stats.PublishCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Plenum: one jar, several commands. {@code serve} (the default) runs the server; {@code import}
 * imports files into the configured database; {@code export} writes a report as a file;
 * {@code publish} freezes a month's reports as a publication (or a new revision). Options {@code --name=value} (e.g.
 * {@code --PLENUM_DATA_DIR=/srv/plenum}, {@code --server.port=9090}) work with every command.
 */
@SpringBootApplication
@EnableScheduling
public class Plenum {

    static final String USAGE = """
            usage: java -jar plenum.jar [serve] [--name=value...]
                   java -jar plenum.jar import <format> <file>... [--name=value...]
                   java -jar plenum.jar import parline <base-url> [--delay=500ms] [--page-size=5000] [--retries=5] [--restart]
                   java -jar plenum.jar export <report> --format=<format> [--year=Y --month=M ...] [--out=FILE]
                   java -jar plenum.jar publish [women-ranking|women-averages|all] [--year=Y --month=M]
            import formats: ipu-ranking, ipu-historical, ipu-compare, parlgov, reference, popolo, parline (a Parline-compatible API)
            export reports: women-ranking, women-averages, age-brackets, sdg, compare; formats: ipu-csv, csv, xlsx, json (sdg: also sdmx-csv, sdmx-ml)
            """;

    public static void main(String[] commandLine) {
        boolean export = Arrays.stream(commandLine).filter(a -> !a.startsWith("--")).findFirst().filter("export"::equals).isPresent();
        String[] args = export ? ExportCommandLine.joinSpacedValues(commandLine) : commandLine; // --field X as well as --field=X
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String command = words.isEmpty() ? "serve" : words.get(0);
        switch (command) {
            case "serve" -> SpringApplication.run(Plenum.class, args);
            case "import" -> System.exit(runCommand(options, context -> context.getBean(ImportCommandLine.class)
                    .run(words.subList(1, words.size()), System.out, System.err)));
            case "export" -> {
                // The file may go to standard output: everything else (logging included) goes to standard error.
                PrintStream stdout = System.out;
                System.setOut(System.err);
                System.exit(runCommand(options, context -> context.getBean(ExportCommandLine.class)
                        .run(words.subList(1, words.size()), options, stdout, System.err)));
            }
            case "publish" -> System.exit(runCommand(options, context -> context.getBean(PublishCommandLine.class)
                    .run(words.subList(1, words.size()), options, System.out, System.err)));
            case "help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.print("plenum: unknown command '" + command + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }

    /** Runs a command in a non-web application context with quiet logging. */
    private static int runCommand(List<String> options, ToIntFunction<ConfigurableApplicationContext> command) {
        SpringApplication application = new SpringApplication(Plenum.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                "logging.level.root", "WARN",
                "logging.level.org.plenum.exchange.BundledDataset", "INFO",
                "logging.pattern.console", "%msg%n"));
        // application.yml sets Flyway's level to WARN for the server, and it outranks default properties: its notes
        // (e.g. on the H2 version) would mix with a command's output. A system property outranks it; options still win.
        if (System.getProperty("logging.level.org.flywaydb") == null) {
            System.setProperty("logging.level.org.flywaydb", "ERROR");
        }
        try (ConfigurableApplicationContext context = application.run(options.toArray(String[]::new))) {
            return command.applyAsInt(context);
        }
    }
}
