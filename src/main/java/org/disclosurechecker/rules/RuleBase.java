package org.disclosurechecker.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;

import org.disclosurechecker.findings.Finding;

/**
 * The compiled rulebase: the bundled DRL files plus those of a user's rules directory, compiled once
 * (classic DRL, so user rules need no build step) and checked against the catalogue: every DRL rule
 * must carry an {@code @id} the catalogue knows, and every catalogue id must have a DRL rule.
 * Thread-safe: each {@link #run} uses its own session.
 */
public final class RuleBase {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;
    private final Catalogue catalogue;
    private final Map<String, List<String>> rulesById;

    private RuleBase(KieBase kieBase, Catalogue catalogue, Map<String, List<String>> rulesById) {
        this.kieBase = kieBase;
        this.catalogue = catalogue;
        this.rulesById = rulesById;
    }

    /** The bundled rules only. */
    public static RuleBase bundled() {
        return load(null);
    }

    /**
     * Compiles the bundled rules and, when {@code userRules} is given, every *.drl file in it (and its
     * catalogue.json, which describes the user's rule ids). User rules are code: they run with the
     * checker's rights, so only trusted directories may be given.
     */
    public static RuleBase load(Path userRules) {
        Catalogue catalogue = Catalogue.bundled();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : catalogue.drlFiles()) {
            sources.put("rules/" + file, classpathText("rules/" + file));
        }
        if (userRules != null) {
            if (!Files.isDirectory(userRules)) {
                throw new RuleEngineException("规则目录不存在或不是目录：" + userRules);
            }
            catalogue = catalogue.plus(Catalogue.fromFile(userRules.resolve("catalogue.json")));
            try (Stream<Path> files = Files.list(userRules)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                    sources.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new RuleEngineException("无法读取规则目录 " + userRules + "：" + e.getMessage(), e);
            }
        }
        KieBase kb = compile(sources);
        return new RuleBase(kb, catalogue, checkAgainstCatalogue(kb, catalogue));
    }

    private static String classpathText(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new RuleEngineException("规则文件 " + path + " 不在类路径中（安装包不完整）");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleEngineException("无法读取规则文件 " + path + "：" + e.getMessage(), e);
        }
    }

    private static KieBase compile(Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId("org.disclosurechecker", "rulebase-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(release);
        Map<String, String> origin = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher m = PACKAGE.matcher(e.getValue());
            String pkg = m.find() ? m.group(1).replace('.', '/') : "defaultpkg";
            String path = "src/main/resources/" + pkg + "/r" + (n++) + "_" + Path.of(e.getKey()).getFileName();
            origin.put(path, e.getKey());
            // Bytes with a stated charset: the platform default (GBK on a Chinese Windows machine) must
            // never decide how the Chinese literals of a rule are read.
            kfs.write(path, ks.getResources().newByteArrayResource(
                    e.getValue().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name()));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder("规则编译失败：");
            for (Message msg : errors) {
                String file = msg.getPath() == null ? "?" : origin.entrySet().stream()
                        .filter(o -> o.getKey().endsWith(msg.getPath())).map(Map.Entry::getValue).findFirst()
                        .orElse(msg.getPath());
                sb.append("\n  ").append(file).append(':').append(msg.getLine()).append(": ")
                        .append(msg.getText().strip());
            }
            throw new RuleEngineException(sb.toString());
        }
        return ks.newKieContainer(release).getKieBase();
    }

    private static Map<String, List<String>> checkAgainstCatalogue(KieBase kb, Catalogue catalogue) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : kb.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                Object id = r.getMetaData().get("id");
                if (id == null) {
                    problems.add("规则“" + r.getName() + "”没有 @id");
                } else if (!catalogue.contains(id.toString())) {
                    problems.add("规则“" + r.getName() + "”的编号 " + id + " 不在规则目录中");
                } else {
                    byId.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(r.getName());
                }
            }
        }
        Set<String> unimplemented = new LinkedHashSet<>();
        catalogue.all().forEach(d -> {
            if (!byId.containsKey(d.id())) {
                unimplemented.add(d.id());
            }
        });
        if (!unimplemented.isEmpty()) {
            problems.add("规则目录中的编号没有对应的 DRL 规则：" + String.join("、", unimplemented));
        }
        if (!problems.isEmpty()) {
            throw new RuleEngineException("规则与规则目录不一致：\n  " + String.join("\n  ", problems));
        }
        return byId;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** DRL rule names per rule id. */
    public Map<String, List<String>> rulesById() {
        return rulesById;
    }

    /** Runs the rules over one report's facts; rules whose id is in {@code skip} do not fire. */
    public List<Finding> run(Collection<?> facts, Set<String> skip) {
        KieSession session = kieBase.newKieSession();
        try {
            facts.forEach(session::insert);
            if (skip.isEmpty()) {
                session.fireAllRules();
            } else {
                session.fireAllRules(match -> !skip.contains(String.valueOf(match.getRule().getMetaData().get("id"))));
            }
            List<Finding> out = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof Finding)) {
                out.add((Finding) o);
            }
            return out;
        } finally {
            session.dispose();
        }
    }
}
