package org.disclosurechecker.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;

import org.disclosurechecker.findings.Finding;

/**
 * The rulebase: the bundled rules, precompiled at build time to Drools' executable model
 * ({@link RuleBasePrecompiler}) and loaded here as classes, plus the DRL files of a user's rules directory,
 * compiled at run time (classic DRL, so user rules need no build step) into the same KieBase, so user rules
 * fire alongside the bundled ones. The whole is checked against the catalogue: every DRL rule must carry
 * an {@code @id} the catalogue knows, and every catalogue id must have a DRL rule.
 * Thread-safe: each {@link #run} uses its own session.
 */
public final class RuleBase {

    /** The index the build step writes next to this class: model class names and the DRL they were built from. */
    static final String PRECOMPILED_INDEX = "org/disclosurechecker/rules/precompiled-rulebase.properties";

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

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
     * Loads the precompiled bundled rules and, when {@code userRules} is given, compiles every *.drl file in
     * it (and reads its catalogue.json, which describes the user's rule ids). User rules are code: they run
     * with the checker's rights, so only trusted directories may be given.
     */
    public static RuleBase load(Path userRules) {
        Catalogue catalogue = Catalogue.bundled();
        InternalKnowledgeBase kb = precompiled(bundledSources(catalogue));
        if (userRules != null) {
            if (!Files.isDirectory(userRules)) {
                throw new RuleEngineException("规则目录不存在或不是目录：" + userRules);
            }
            catalogue = catalogue.plus(Catalogue.fromFile(userRules.resolve("catalogue.json")));
            Map<String, String> sources = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(userRules)) {
                for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                    sources.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new RuleEngineException("无法读取规则目录 " + userRules + "：" + e.getMessage(), e);
            }
            addCompiled(kb, sources);
        }
        return new RuleBase(kb, catalogue, checkAgainstCatalogue(kb, catalogue));
    }

    /** The bundled DRL texts by their path in the jar (rules/x.drl), in the catalogue's order. */
    static Map<String, String> bundledSources(Catalogue bundled) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : bundled.drlFiles()) {
            sources.put("rules/" + file, classpathText("rules/" + file));
        }
        return sources;
    }

    /** A digest of DRL texts, to tell whether precompiled classes were built from these texts. */
    static String fingerprint(Map<String, String> sources) {
        MessageDigest md = RuleBasePrecompiler.sha256();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Where a DRL file goes in a KieFileSystem: a folder that matches its package (else Drools warns). */
    static String kiePath(String name, String drl) {
        Matcher m = PACKAGE.matcher(drl);
        String pkg = m.find() ? m.group(1).replace('.', '/') : "defaultpkg";
        return "src/main/resources/" + pkg + "/" + Path.of(name).getFileName();
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

    /**
     * A new KieBase of the bundled rules from the classes the build generated. Missing or stale classes are
     * an error (a broken build or install), never a reason to compile the DRL here instead.
     */
    private static InternalKnowledgeBase precompiled(Map<String, String> sources) {
        ClassLoader loader = RuleBase.class.getClassLoader();
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(PRECOMPILED_INDEX)) {
            if (in == null) {
                throw new RuleEngineException("内置规则没有预编译（" + PRECOMPILED_INDEX
                        + " 不在类路径中）：安装包不完整，或构建时没有运行 process-classes 阶段");
            }
            index.load(in);
        } catch (IOException e) {
            throw new RuleEngineException("无法读取 " + PRECOMPILED_INDEX + "：" + e.getMessage(), e);
        }
        if (!fingerprint(sources).equals(index.getProperty("sources"))) {
            throw new RuleEngineException("内置规则文件与预编译的规则不一致（构建已过期）：请重新构建（./mvnw package）");
        }
        List<Model> models = new ArrayList<>();
        for (String name : index.getProperty("models", "").split(",")) {
            try {
                models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new RuleEngineException("无法加载预编译的规则 " + name + "（安装包不完整或构建已过期）：" + e, e);
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Compiles user DRL (classic, at run time) into the KieBase, or throws with each error's file and line. */
    private static void addCompiled(InternalKnowledgeBase kb, Map<String, String> sources) {
        if (sources.isEmpty()) {
            return;
        }
        KieServices ks = KieServices.Factory.get();
        // a builder of its own, not bound to the KieBase (which would take each package in as soon as it
        // compiles): the packages are added below, once they compiled and clash with no bundled rule
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleBase.class.getClassLoader()));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            // Bytes with a stated charset: the platform default (GBK on a Chinese Windows machine) must
            // never decide how the Chinese literals of a rule are read.
            Resource r = ks.getResources().newByteArrayResource(
                    e.getValue().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
            r.setSourcePath(e.getKey());
            builder.add(r, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            StringBuilder sb = new StringBuilder("规则编译失败：");
            for (KnowledgeBuilderError err : builder.getErrors()) {
                String path = err.getResource() == null ? null : err.getResource().getSourcePath();
                String file = path == null ? "?" : path;
                int[] lines = err.getLines();
                sb.append("\n  ").append(file).append(':').append(lines == null || lines.length == 0 ? 0 : lines[0])
                        .append(": ").append(err.getMessage().strip());
            }
            throw new RuleEngineException(sb.toString());
        }
        // a user rule of the same package and name would silently replace a bundled one
        List<String> clashes = new ArrayList<>();
        for (KiePackage pkg : builder.getKnowledgePackages()) {
            for (Rule r : pkg.getRules()) {
                if (kb.getRule(pkg.getName(), r.getName()) != null) {
                    clashes.add(pkg.getName() + "." + r.getName());
                }
            }
        }
        if (!clashes.isEmpty()) {
            throw new RuleEngineException("用户规则与内置规则同名（同一 package 中规则名不能重复）：" + String.join("、", clashes));
        }
        kb.addPackages(builder.getKnowledgePackages());
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
