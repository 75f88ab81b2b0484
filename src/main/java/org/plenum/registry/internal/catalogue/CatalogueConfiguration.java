package org.plenum.registry.internal.catalogue;

import org.plenum.registry.FieldCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    FieldCatalogue fieldCatalogue() {
        return JsonFieldCatalogue.bundled();
    }
}
