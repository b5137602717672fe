package org.disclosurechecker.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.disclosurechecker.findings.RuleDescriptor;
import org.disclosurechecker.findings.Severity;

/**
 * The rule catalogue: one entry per rule id with its family, editions, default severity and the
 * Chinese texts (title, what it checks, basis, how to fix). Bundled as rules/catalogue.json; a user's
 * rules directory may add a catalogue.json of its own for its rule ids.
 */
public final class Catalogue {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String id, String family, List<String> editions, String severity, String title, String description,
                 String basis, String hint) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileModel(List<String> drl, List<Entry> rules) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, RuleDescriptor> rules;
    private final List<String> drlFiles;

    private Catalogue(Map<String, RuleDescriptor> rules, List<String> drlFiles) {
        this.rules = rules;
        this.drlFiles = drlFiles;
    }

    public static Catalogue bundled() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream("rules/catalogue.json")) {
            if (in == null) {
                throw new RuleEngineException("规则目录 rules/catalogue.json 不在类路径中（安装包不完整）");
            }
            return from(MAPPER.readValue(in, FileModel.class), "rules/catalogue.json");
        } catch (IOException e) {
            throw new RuleEngineException("无法读取规则目录 rules/catalogue.json：" + e.getMessage(), e);
        }
    }

    /** A user catalogue (entries for the user's own rules), or an empty one when the file does not exist. */
    public static Catalogue fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Catalogue(new LinkedHashMap<>(), List.of());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return from(MAPPER.readValue(in, FileModel.class), file.toString());
        } catch (IOException e) {
            throw new RuleEngineException("无法读取规则目录 " + file + "：" + e.getMessage(), e);
        }
    }

    private static Catalogue from(FileModel model, String source) {
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        if (model.rules() != null) {
            for (Entry e : model.rules()) {
                if (e.id() == null || e.severity() == null || e.title() == null) {
                    throw new RuleEngineException(source + " 中有规则缺少 id、severity 或 title");
                }
                Severity s;
                try {
                    s = Severity.parse(e.severity());
                } catch (IllegalArgumentException ex) {
                    throw new RuleEngineException(source + " 中规则 " + e.id() + " 的严重程度无效：" + e.severity());
                }
                if (map.put(e.id(), new RuleDescriptor(e.id(), e.family(), e.editions(), s, e.title(),
                        e.description(), e.basis(), e.hint())) != null) {
                    throw new RuleEngineException(source + " 中规则 " + e.id() + " 出现了两次");
                }
            }
        }
        return new Catalogue(map, model.drl() == null ? List.of() : List.copyOf(model.drl()));
    }

    /** This catalogue with another's entries added (an id may not be redefined). */
    public Catalogue plus(Catalogue other) {
        Map<String, RuleDescriptor> merged = new LinkedHashMap<>(rules);
        for (RuleDescriptor d : other.rules.values()) {
            if (merged.put(d.id(), d) != null) {
                throw new RuleEngineException("规则编号 " + d.id() + " 已被内置规则使用，用户规则不能重新定义它");
            }
        }
        List<String> drl = new ArrayList<>(drlFiles);
        drl.addAll(other.drlFiles);
        return new Catalogue(merged, drl);
    }

    public Optional<RuleDescriptor> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    public List<RuleDescriptor> all() {
        return List.copyOf(rules.values());
    }

    /** The bundled DRL files, relative to rules/. */
    public List<String> drlFiles() {
        return drlFiles;
    }
}
