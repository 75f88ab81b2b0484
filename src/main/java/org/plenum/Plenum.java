package org.plenum;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.plenum.accounts.UserCommandLine;
import org.plenum.assessment.DemoCommandLine;
import org.plenum.exchange.ExportCommandLine;
import org.plenum.exchange.ImportCommandLine;
import org.plenum.exchange.ImportFormatCatalogue;
import org.plenum.exchange.ParlineImport;
import org.plenum.stats.PublishCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Plenum: one jar, several commands. {@code serve} (the default) runs the server; {@code import} imports files into
 * the configured database; {@code export} writes a report as a file; {@code publish} freezes a month's reports as a
 * publication (or a new revision); {@code user} manages accounts; {@code demo} loads or removes a synthetic
 * demonstration set; {@code help}. The command line is read and checked before anything starts (a
 * mistake costs no start-up); options are {@code --name=value} or {@code --name value} everywhere, and settings
 * ({@code --PLENUM_DATA_DIR=/srv/plenum}, {@code --server.port=9090}) work with every command. The commands other
 * than {@code serve} start no web server and no scheduler, create their beans only when used, and load only the
 * part of the snapshot they read (decision 0024).
 */
@SpringBootApplication
public class Plenum {

    static final String USAGE = """
            usage: java -jar plenum.jar [serve] [--NAME=value...]        run the server (http://localhost:8080)
                   java -jar plenum.jar import <format> <file>...        import files into the database
                   java -jar plenum.jar export <report> --format=<format> [options] [--out=FILE]
                                                                        write a report as a file
                   java -jar plenum.jar export bulk --out=DIR            write everything (zip and JSON Lines)
                   java -jar plenum.jar publish [women-ranking|women-averages|all] [--year=Y --month=M]
                                                                        publish a month's reports
                   java -jar plenum.jar user add|list|deactivate|reinvite [options]
                                                                        manage accounts (the first admin: see README)
                   java -jar plenum.jar demo load|remove eparliament     the synthetic e-Parliament set (115 respondents)
                   java -jar plenum.jar help [<command>]                 this text, or a command's
                   java -jar plenum.jar --version
            Options are --name=value or --name value. Settings work with every command: --PLENUM_DATA_DIR=DIR,
            --PLENUM_DB_URL=jdbc:postgresql://..., --SERVER_PORT=8080 (or any --spring.property=value); see README.
            Exit status: 0 done, 1 the work could not be done (nothing is half-written), 2 a wrong command line.

            """;

    /** What {@link #run} returns for {@code serve}: the server runs on, the process does not exit. */
    static final int SERVING = -1;

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != SERVING) {
            System.exit(status);
        }
    }

    /** Runs a command line; returns the exit status, or {@link #SERVING} once the server has started. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            // Only import's formats declare flags: the classes are read for them only when they may matter.
            boolean mayImport = java.util.Arrays.asList(args).contains("import");
            arguments = Arguments.parse(args, mayImport ? importFlags() : Set.of());
        } catch (Arguments.Mistake e) {
            err.println(e.getMessage());
            return 2;
        }
        String command = arguments.command();
        if (arguments.version()) {
            out.println("plenum " + version());
            return 0;
        }
        if (command.equals("help") || arguments.help()) {
            List<String> topic = command.equals("help") ? arguments.rest() : arguments.words();
            Optional<String> usage = topic.isEmpty() ? Optional.of(usage()) : usage(topic.get(0));
            if (usage.isEmpty()) {
                err.print("plenum help: unknown command '" + topic.get(0) + "'\n" + USAGE);
                return 2;
            }
            out.print(usage.get());
            return 0;
        }
        Optional<ImportFormatCatalogue.Mistake> mistake = check(command, arguments);
        if (mistake.isPresent()) {
            err.println(mistake.get().message());
            return mistake.get().status();
        }
        Optional<String> unwritable = command.equals("export") ? ExportCommandLine.checkTarget(arguments.rest(), arguments.options()) : Optional.empty();
        if (unwritable.isPresent()) {
            err.println(unwritable.get());
            return 1;
        }
        List<String> options = arguments.options();
        List<String> rest = arguments.rest();
        return switch (command) {
            case "serve" -> {
                SpringApplication.run(Plenum.class, options.toArray(String[]::new));
                yield SERVING;
            }
            // The harvester compares what it reads with every entity; the other formats name countries, parliaments
            // and chambers only.
            case "import" -> runCommand(options, rest.get(0).equals(ParlineImport.FORMAT) ? ""
                            : ExportCommandLine.snapshotTypes("import"),
                    context -> context.getBean(ImportCommandLine.class).run(rest, out, err));
            case "export" -> {
                // The file may go to standard output: everything else (logging included) goes to standard error.
                PrintStream stdout = System.out;
                System.setOut(err);
                try {
                    yield runCommand(options, ExportCommandLine.snapshotTypes(rest.get(0)),
                            context -> context.getBean(ExportCommandLine.class).run(rest, options, out, err));
                } finally {
                    System.setOut(stdout);
                }
            }
            case "publish" -> runCommand(options, ExportCommandLine.snapshotTypes("publish"),
                    context -> context.getBean(PublishCommandLine.class).run(rest, options, out, err));
            case "user" -> runCommand(options, rest.isEmpty() || !rest.get(0).equals("add") ? "country" : UserCommandLine.snapshotTypes(),
                    context -> context.getBean(UserCommandLine.class).run(rest, options, out, err));
            case "demo" -> runCommand(options, "country",
                    context -> context.getBean(DemoCommandLine.class).run(rest, out, err));
            default -> throw new IllegalStateException(command);
        };
    }

    /** The checks of each command that need nothing started; empty when the command line is right. */
    private static Optional<ImportFormatCatalogue.Mistake> check(String command, Arguments arguments) {
        if (command.equals("import")) {
            return ImportFormatCatalogue.checkImport(arguments.rest(), arguments.options());
        }
        Optional<String> mistake = switch (command) {
            case "serve" -> {
                if (!arguments.rest().isEmpty()) {
                    yield Optional.of("plenum serve: takes no arguments, got " + String.join(" ", arguments.rest()));
                }
                yield arguments.options().stream().map(o -> o.substring(2).split("=", 2)[0])
                        .filter(name -> !isSetting(name)).findFirst()
                        .map(name -> "plenum serve: unknown option --" + name + "; settings are --NAME=value (e.g."
                                + " --SERVER_PORT=9090, --PLENUM_DATA_DIR=/srv/plenum) or --property.name=value");
            }
            case "export" -> ExportCommandLine.check(arguments.rest(), arguments.options());
            case "publish" -> PublishCommandLine.check(arguments.rest(), arguments.options());
            case "user" -> UserCommandLine.check(arguments.rest(), arguments.options());
            case "demo" -> DemoCommandLine.check(arguments.rest(), arguments.options());
            default -> Optional.of("plenum: unknown command '" + command + "'\n" + USAGE);
        };
        return mistake.map(message -> new ImportFormatCatalogue.Mistake(2, message));
    }

    /** A setting rather than a command's option: a property with a dot, an environment name, or a Spring Boot flag. */
    private static boolean isSetting(String name) {
        return name.contains(".") || name.equals(name.toUpperCase(Locale.ROOT)) && name.matches(".*[A-Z].*")
                || name.equals("debug") || name.equals("trace");
    }

    private static Set<String> importFlags() {
        Set<String> flags = new HashSet<>();
        ImportFormatCatalogue.formats().forEach(f -> flags.addAll(f.flags()));
        return flags;
    }

    /** The whole usage: the commands, then each command's own. */
    static String usage() {
        return USAGE + ImportFormatCatalogue.usage() + "\n" + ExportCommandLine.USAGE + "\n\n" + PublishCommandLine.USAGE + "\n\n"
                + UserCommandLine.USAGE + "\n\n" + DemoCommandLine.USAGE + "\n";
    }

    static Optional<String> usage(String command) {
        return switch (command) {
            case "serve" -> Optional.of(USAGE.lines().limit(1).findFirst().orElseThrow() + "\n");
            case "import" -> Optional.of(ImportFormatCatalogue.usage());
            case "export" -> Optional.of(ExportCommandLine.USAGE + "\n");
            case "publish" -> Optional.of(PublishCommandLine.USAGE + "\n");
            case "user" -> Optional.of(UserCommandLine.USAGE + "\n");
            case "demo" -> Optional.of(DemoCommandLine.USAGE + "\n");
            case "help" -> Optional.of(USAGE);
            default -> Optional.empty();
        };
    }

    static String version() {
        return Optional.ofNullable(Plenum.class.getPackage().getImplementationVersion()).orElse("(development build)");
    }

    /**
     * Runs a command in a light application context ({@link CommandConfiguration}: no web server, actuator or
     * scheduler), whose beans are created when first used (the bundled dataset's check and Flyway still run first), with quiet logging.
     *
     * @param snapshotTypes the entity types the command reads from the snapshot ({@code plenum.snapshot.entity-types},
     *                      empty for all)
     */
    private static int runCommand(List<String> options, String snapshotTypes,
                                  ToIntFunction<ConfigurableApplicationContext> command) {
        SpringApplication application = commandApplication(snapshotTypes);
        // -Dplenum.startup-steps=MS prints Spring's start-up steps (and the beans created later) that took MS ms or
        // more to standard error: where a command's time goes (bench/README.md).
        Optional<BufferingApplicationStartup> steps = Optional.ofNullable(System.getProperty("plenum.startup-steps"))
                .map(ms -> new BufferingApplicationStartup(100_000));
        steps.ifPresent(application::setApplicationStartup);
        try (ConfigurableApplicationContext context = application.run(options.toArray(String[]::new))) {
            return command.applyAsInt(context);
        } finally {
            steps.ifPresent(startup -> printSteps(startup, Long.parseLong(System.getProperty("plenum.startup-steps")), System.err));
        }
    }

    /**
     * The application of a one-off command: {@link CommandConfiguration}, no web server, beans created when first
     * used, quiet logging, no scheduler.
     */
    static SpringApplication commandApplication(String snapshotTypes) {
        // Spring Boot warms up Jackson, validation and others on a second thread: work a one-off command mostly does
        // not need, on a machine whose other core is busy compiling. The listener that does it reads this property
        // when the application is constructed, so it is set before.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        SpringApplication application = new SpringApplication(CommandConfiguration.class);
        if (CommandAot.usable()) {
            // The context prepared when the jar was built: bean definitions as code, no scan (decision 0071).
            System.setProperty("spring.aot.enabled", "true");
            application.setMainApplicationClass(CommandAot.class);
        }
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setLazyInitialization(true);
        Map<String, Object> defaults = new HashMap<>(Map.of(
                "logging.level.root", "WARN",
                "logging.level.org.plenum.exchange.BundledDataset", "INFO",
                "logging.pattern.console", "%msg%n",
                "plenum.scheduling.enabled", "false",
                CommandConfiguration.COMMAND, "true",
                "plenum.snapshot.entity-types", snapshotTypes));
        application.setDefaultProperties(defaults);
        // The embedded database compacts its file as the last connection closes (after a first start's bulk load,
        // some 0.7 s): a one-off command leaves that to the server, which compacts in the background and as it stops;
        // the free space in the file is reused meanwhile.
        if (System.getProperty("h2.maxCompactTime") == null) {
            System.setProperty("h2.maxCompactTime", "0");
        }
        // application.yml sets Flyway's level to WARN for the server, and it outranks default properties: its notes
        // (e.g. on the H2 version) would mix with a command's output. A system property outranks it; options still win.
        if (System.getProperty("logging.level.org.flywaydb") == null) {
            System.setProperty("logging.level.org.flywaydb", "ERROR");
        }
        return application;
    }

    private static void printSteps(BufferingApplicationStartup startup, long thresholdMillis, PrintStream err) {
        StartupTimeline timeline = startup.getBufferedTimeline();
        Instant start = timeline.getStartTime();
        for (StartupTimeline.TimelineEvent event : timeline.getEvents()) {
            if (event.getDuration().toMillis() >= thresholdMillis) {
                StringBuilder tags = new StringBuilder();
                event.getStartupStep().getTags().forEach(tag -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
                err.printf("step %6d ms +%6d ms  %s%s%n", event.getDuration().toMillis(),
                        Duration.between(start, event.getStartTime()).toMillis(), event.getStartupStep().getName(), tags);
            }
        }
    }
}
