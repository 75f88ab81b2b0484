package org.plenum.registry.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plenum.registry.EntityType;
import org.plenum.registry.Field;
import org.plenum.registry.FieldCatalogue;
import org.plenum.registry.Taxonomy;
import org.plenum.web.PageController;
import org.plenum.web.PageNotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The data dictionary pages, at Parline's addresses: {@code /data-dictionary} (every field of the catalogue, by
 * entity) and {@code /data-dictionary/{field}} (e.g. {@code /data-dictionary/current_women_percent}: one field with
 * its definition, type, unit, update frequency and notes, in English and French). The catalogue is the one the API
 * serves at {@code /api/v1/metadata/fields}.
 */
@PageController
class DataDictionaryController {

    private final FieldCatalogue catalogue;

    DataDictionaryController(FieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @org.plenum.web.CachedPage
    @GetMapping({"/data-dictionary", "/data-dictionary/"})
    String dictionary(Model model) {
        List<EntityFields> groups = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            List<Field> fields = catalogue.fields(type);
            if (!fields.isEmpty()) {
                groups.add(new EntityFields(type, fields));
            }
        }
        model.addAttribute("groups", groups);
        model.addAttribute("version", catalogue.version());
        return "registry/data-dictionary";
    }

    @org.plenum.web.CachedPage
    @GetMapping("/data-dictionary/{id}")
    String field(@PathVariable String id, Model model) {
        List<FieldEntry> entries = catalogue.fields().stream().filter(f -> f.id().equals(id))
                .map(f -> new FieldEntry(f, f.taxonomy().flatMap(catalogue::taxonomy))).toList();
        if (entries.isEmpty()) {
            throw new PageNotFoundException("There is no field '" + id + "' in the data dictionary.");
        }
        model.addAttribute("entries", entries);
        model.addAttribute("version", catalogue.version());
        return "registry/data-dictionary-field";
    }
}
