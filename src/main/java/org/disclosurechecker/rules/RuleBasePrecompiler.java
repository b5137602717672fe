package org.disclosurechecker.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build step, not used by a check: compiles the bundled DRL (rules/*.drl, as listed in
 * rules/catalogue.json) to Drools' executable model and writes the generated classes into the build's
 * class directory, with an index ({@value RuleBase#PRECOMPILED_INDEX}) that {@link RuleBase} reads to load
 * them. Run by exec-maven-plugin in the process-classes phase (pom.xml), after the fact classes are
 * compiled and the DRL copied to the class directory.
 *
 * <p>A bundled rule that the executable model does not accept fails the build, naming the file and the
 * rule; nothing falls back to compiling the bundled DRL at run time. When neither the DRL nor the compiled
 * classes changed since the last run, the step does nothing.
 *
 * <p>Arguments: the class directory (target/classes) and a work directory for the step's own state.
 */
public final class RuleBasePrecompiler {

    /** The release id of the in-memory project the DRL is compiled in; it names the generated model classes. */
    static final String GROUP = "org.disclosurechecker";
    static final String ARTIFACT = "bundled-rulebase";

    private static final Pattern RULE_BLOCK = Pattern.compile("(?ms)^rule\\s.*?^end\\b[^\\n]*\\n?");
    private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]*)\"");
    private static final Pattern CONDITIONS = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");
    private static final Pattern STRING_OR_COMMENT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//[^\\n]*");
    /**
     * Words the executable model's parser (DRLX) reserves beyond Java's, as property names in conditions:
     * {@code unit == "元"} stops the parser, and {@code this.unit()} is silently read as {@code this}.
     */
    private static final Pattern RESERVED = Pattern.compile("(?<![\\w$])unit(?![\\w$])");

    private RuleBasePrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RuleBasePrecompiler <class directory> <work directory>");
        }
        Path classes = Path.of(args[0]);
        Path work = Path.of(args[1]);
        Map<String, String> sources = RuleBase.bundledSources(Catalogue.bundled());
        String inputs = inputsDigest(sources, classes);
        Path stamp = work.resolve("inputs.sha256");
        Path fileList = work.resolve("generated-files.txt");
        Path index = classes.resolve(RuleBase.PRECOMPILED_INDEX);
        if (Files.isRegularFile(stamp) && Files.isRegularFile(index) && Files.isRegularFile(fileList)
                && Files.readString(stamp).strip().equals(inputs) && allExist(classes, Files.readAllLines(fileList))) {
            System.out.println("[rulebase] executable model up to date (" + sources.size() + " DRL files)");
            return;
        }
        long t0 = System.nanoTime();
        if (Files.isRegularFile(fileList)) {
            for (String f : Files.readAllLines(fileList)) {
                if (!f.isBlank()) {
                    Files.deleteIfExists(classes.resolve(f));
                }
            }
        }
        Files.deleteIfExists(stamp);

        lint(sources);
        InternalKieModule module = build(sources);
        List<String> written = new ArrayList<>();
        String models = null;
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model") && name.startsWith("META-INF/kie/")) {
                models = String.join(",", new String(module.getBytes(name), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList());
            }
            // only the generated classes: the in-memory project's pom, kie metadata and project model stay out of the jar
            if (!name.endsWith(".class") || name.startsWith("org/drools/project/")) {
                continue;
            }
            Path out = classes.resolve(name);
            Files.createDirectories(out.getParent());
            Files.write(out, module.getBytes(name));
            written.add(name);
        }
        if (models == null || models.isEmpty() || written.isEmpty()) {
            throw new IllegalStateException("[rulebase] the executable model build produced no model classes");
        }
        // written by hand rather than Properties.store, which adds the date: the same DRL gives the same jar
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# Generated by RuleBasePrecompiler: the bundled rulebase as Drools executable model classes\n"
                + "models=" + models + "\nsources=" + RuleBase.fingerprint(sources) + "\n", StandardCharsets.ISO_8859_1);
        Files.createDirectories(work);
        Files.write(fileList, written);
        Files.writeString(stamp, inputsDigest(sources, classes) + "\n");
        System.out.printf("[rulebase] %d DRL files compiled to the executable model: %d classes in %.1f s%n",
                sources.size(), written.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** Refuses what the executable model compiles wrongly without an error. */
    static void lint(Map<String, String> sources) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher when = CONDITIONS.matcher(e.getValue());
            while (when.find()) {
                // blank out literals and comments, keeping offsets, so only code is searched
                StringBuilder code = new StringBuilder(when.group(1));
                Matcher lit = STRING_OR_COMMENT.matcher(when.group(1));
                while (lit.find()) {
                    for (int i = lit.start(); i < lit.end(); i++) {
                        code.setCharAt(i, ' ');
                    }
                }
                Matcher bad = RESERVED.matcher(code);
                while (bad.find()) {
                    long line = e.getValue().substring(0, when.start(1) + bad.start()).chars().filter(c -> c == '\n').count() + 1;
                    sb.append("\n  ").append(e.getKey()).append(':').append(line).append(": '").append(bad.group())
                            .append("' is a keyword of the executable model's parser; give the fact an accessor of "
                                    + "another name (as TableCell.writtenUnit()) and use that");
                }
            }
        }
        if (sb.length() > 0) {
            throw new IllegalStateException("[rulebase] the bundled DRL uses a name the executable model misreads:" + sb);
        }
    }

    /** Compiles the sources to the executable model or throws, naming each file and rule that fails. */
    static InternalKieModule build(Map<String, String> sources) {
        try {
            KieBuilder builder = newBuilder(sources);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new IllegalStateException(describe(errors, sources));
            }
            return (InternalKieModule) builder.getKieModule();
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith("[rulebase]")) {
                throw e;
            }
            // The executable model's parser throws instead of reporting (e.g. on a keyword used as a property
            // name) and does not say where: find the rule by compiling the rules one at a time.
            throw new IllegalStateException("[rulebase] the bundled DRL does not compile to the executable model:"
                    + locate(sources) + "\n  first error: " + e, e);
        }
    }

    private static KieBuilder newBuilder(Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId release = ks.newReleaseId(GROUP, ARTIFACT, "1.0.0");
        kfs.generateAndWritePomXML(release);
        for (Map.Entry<String, String> e : sources.entrySet()) {
            kfs.write(RuleBase.kiePath(e.getKey(), e.getValue()), ks.getResources().newByteArrayResource(
                    e.getValue().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name()));
        }
        return ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    }

    private static String describe(List<Message> errors, Map<String, String> sources) {
        StringBuilder sb = new StringBuilder("[rulebase] the bundled DRL does not compile to the executable model "
                + "(rewrite the construct; see the package documentation of org.disclosurechecker.rules):");
        for (Message m : errors) {
            String file = m.getPath() == null ? "?" : sources.keySet().stream()
                    .filter(s -> RuleBase.kiePath(s, sources.get(s)).endsWith(m.getPath())).findFirst().orElse(m.getPath());
            String text = m.getText().strip();
            int cut = text.indexOf("\n");
            sb.append("\n  ").append(file).append(':').append(m.getLine()).append(": ")
                    .append(cut > 0 && text.startsWith("Java source") ? text.substring(0, cut) : text);
        }
        return sb.toString();
    }

    /** Each rule compiled alone (its file's package, imports and functions kept): the ones that throw. */
    private static String locate(Map<String, String> sources) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String drl = e.getValue();
            List<int[]> blocks = new ArrayList<>();
            Matcher m = RULE_BLOCK.matcher(drl);
            while (m.find()) {
                blocks.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < blocks.size(); i++) {
                StringBuilder one = new StringBuilder();
                int from = 0;
                for (int j = 0; j < blocks.size(); j++) {
                    one.append(drl, from, blocks.get(j)[0]);
                    if (j == i) {
                        one.append(drl, blocks.get(j)[0], blocks.get(j)[1]);
                    } else {
                        // keep line numbers: blank out the other rules
                        one.append(drl.substring(blocks.get(j)[0], blocks.get(j)[1]).replaceAll("[^\\n]", ""));
                    }
                    from = blocks.get(j)[1];
                }
                one.append(drl.substring(from));
                try {
                    newBuilder(Map.of(e.getKey(), one.toString()));
                } catch (RuntimeException ex) {
                    String block = drl.substring(blocks.get(i)[0], blocks.get(i)[1]);
                    Matcher n = RULE_NAME.matcher(block);
                    long line = drl.substring(0, blocks.get(i)[0]).chars().filter(c -> c == '\n').count() + 1;
                    sb.append("\n  ").append(e.getKey()).append(':').append(line).append(": rule \"")
                            .append(n.find() ? n.group(1) : "?").append("\": ")
                            .append(String.valueOf(ex.getMessage()).lines().findFirst().orElse("").strip());
                }
            }
        }
        return sb.length() == 0 ? "\n  (no single rule fails alone)" : sb.toString();
    }

    /** The DRL texts and every compiled class outside the generated ones: what the generated classes depend on. */
    private static String inputsDigest(Map<String, String> sources, Path classes) throws IOException {
        MessageDigest md = sha256();
        md.update(RuleBase.fingerprint(sources).getBytes(StandardCharsets.UTF_8));
        md.update(String.valueOf(org.drools.base.util.Drools.getFullVersion()).getBytes(StandardCharsets.UTF_8));
        Path own = classes.resolve("org/disclosurechecker");
        if (Files.isDirectory(own)) {
            try (Stream<Path> files = Files.walk(own)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    md.update(classes.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(f));
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static boolean allExist(Path classes, List<String> files) {
        return !files.isEmpty() && files.stream().filter(f -> !f.isBlank()).allMatch(f -> Files.isRegularFile(classes.resolve(f)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
