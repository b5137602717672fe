package org.disclosurechecker.facts.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The wordings by which a 人民政府 report states 工作考核、社会评议和责任追究结果情况
 * (rules/templates/accountability.json): per aspect, regular expressions that state it and ones that
 * only may.
 */
public record Accountability(List<Aspect> aspects) {

    public Accountability {
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
    }

    /** One of the three items: its key, its name in messages, its certain and its loose wordings. */
    public record Aspect(String key, String label, List<String> certain, List<String> loose) {
        public Aspect {
            certain = certain == null ? List.of() : List.copyOf(certain);
            loose = loose == null ? List.of() : List.copyOf(loose);
        }
    }

    public static Accountability loadBundled() {
        JsonMapper mapper = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        String path = "rules/templates/accountability.json";
        try (InputStream in = Accountability.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("accountability wordings missing from the classpath: " + path);
            }
            return mapper.readValue(in, Accountability.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
