package org.disclosurechecker.facts.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** All edition templates, loaded once from the classpath (rules/templates/*.json inside the jar). */
public final class Templates {

    private static final String[] FILES = {"g1.json", "g2.json", "g3.json"};

    private final List<EditionTemplate> editions;

    public Templates(List<EditionTemplate> editions) {
        this.editions = List.copyOf(editions);
    }

    public static Templates loadBundled() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .build();
        List<EditionTemplate> list = new ArrayList<>();
        for (String f : FILES) {
            String path = "rules/templates/" + f;
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("edition template missing from the classpath: " + path);
                }
                list.add(mapper.readValue(in, EditionTemplate.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read edition template " + path + ": " + e.getMessage(), e);
            }
        }
        return new Templates(list);
    }

    public List<EditionTemplate> all() {
        return editions;
    }

    public Optional<EditionTemplate> edition(String edition) {
        return editions.stream().filter(e -> e.edition().equals(edition)).findFirst();
    }

    public Optional<EditionTemplate> forYear(int year) {
        return editions.stream().filter(e -> e.covers(year)).findFirst();
    }
}
