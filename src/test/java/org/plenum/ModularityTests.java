package org.plenum;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules");

    private final ApplicationModules modules = ApplicationModules.of(Plenum.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * Writes the module diagrams into {@code target/modules}, then into {@code docs/modules} only where they differ
     * in content: the documenter lists components and relations in no fixed order, so runs of such lines are sorted
     * first, and an unchanged structure leaves the checkout unchanged.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        Files.createDirectories(DOCS);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                String content = normalised(Files.readAllLines(file, StandardCharsets.UTF_8));
                Path target = DOCS.resolve(file.getFileName());
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(content)) {
                    Files.writeString(target, content, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The lines with each run of lines of one kind ({@code Rel(…)}, {@code Component(…)}, …) in sorted order. */
    static String normalised(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String lineKind = line.strip().contains("(") ? line.substring(0, line.indexOf('(')) : null;
            if (lineKind == null || !lineKind.equals(kind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            kind = lineKind;
            if (lineKind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out) + "\n";
    }
}
