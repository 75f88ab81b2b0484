package org.plenum.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The catalogue's list of the classes that declare an import format is every such class of the module. */
class ImportFormatCatalogueTest {

    @Test
    void everyClassThatDeclaresAFormatIsListed() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ImportFormat.class, false, false));
        Set<String> declaring = scanner.findCandidateComponents(ImportFormat.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).collect(Collectors.toSet());
        Set<String> listed = ImportFormatCatalogue.DECLARING.stream().map(Class::getName).collect(Collectors.toSet());
        assertThat(listed).as("ImportFormatCatalogue.DECLARING (add the classes that carry @ImportFormat)")
                .containsExactlyInAnyOrderElementsOf(declaring);
        assertThat(declaring).hasSize(ImportFormatCatalogue.formats().size());
    }
}
