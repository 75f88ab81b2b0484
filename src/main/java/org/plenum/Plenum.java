package org.plenum;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.plenum.exchange.ImportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Plenum: one jar, several commands. {@code serve} (the default) runs the server; {@code import}
 * imports files into the configured database. Options {@code --name=value} (e.g.
 * {@code --PLENUM_DATA_DIR=/srv/plenum}, {@code --server.port=9090}) work with every command.
 */
@SpringBootApplication
@EnableScheduling
public class Plenum {

    static final String USAGE = """
            usage: java -jar plenum.jar [serve] [--name=value...]
                   java -jar plenum.jar import <format> <file>... [--name=value...]
            formats: ipu-ranking, ipu-historical, ipu-compare, parlgov, reference
            """;

    public static void main(String[] args) {
        List<String> options = Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        List<String> words = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        String command = words.isEmpty() ? "serve" : words.get(0);
        switch (command) {
            case "serve" -> SpringApplication.run(Plenum.class, args);
            case "import" -> System.exit(runImport(words.subList(1, words.size()), options));
            case "help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.print("plenum: unknown command '" + command + "'\n" + USAGE);
                System.exit(2);
            }
        }
    }

    private static int runImport(List<String> args, List<String> options) {
        SpringApplication application = new SpringApplication(Plenum.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        application.setDefaultProperties(Map.of(
                "logging.level.root", "WARN",
                "logging.level.org.flywaydb", "ERROR",
                "logging.level.org.plenum.exchange.BundledDataset", "INFO",
                "logging.pattern.console", "%msg%n"));
        try (ConfigurableApplicationContext context = application.run(options.toArray(String[]::new))) {
            return context.getBean(ImportCommandLine.class).run(args, System.out, System.err);
        }
    }
}
