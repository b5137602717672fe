package org.disclosurechecker.core;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.disclosurechecker.read.Readers;

/**
 * Turns the requested inputs into the list of report files: named files as given (even with an
 * unknown extension: they get a READ-ERROR), directories searched for the supported extensions,
 * include/exclude globs applied to what directories yield; build output ({@code target/}) and hidden
 * folders inside a searched directory are left out. Files found in directories with other
 * extensions are listed as skipped.
 */
final class InputFiles {

    record Found(List<Path> reports, List<Path> skipped) {
    }

    private InputFiles() {
    }

    static Found find(CheckRequest req, Readers readers) throws CheckException {
        Set<Path> reports = new LinkedHashSet<>();
        List<Path> skipped = new ArrayList<>();
        List<PathMatcher> includes = matchers(req.includes());
        List<PathMatcher> excludes = matchers(req.excludes());
        for (Path input : req.inputs()) {
            Path p = input.isAbsolute() ? input : req.baseDir().resolve(input);
            if (Files.isRegularFile(p)) {
                reports.add(p.normalize());
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    final Path root = p;
                    for (Path f : walk.filter(Files::isRegularFile).filter(f -> !inBuildOrHiddenDir(root, f))
                            .sorted().toList()) {
                        if (f.getFileName().toString().startsWith("~$")) {
                            continue; // Word's lock files
                        }
                        Path rel = relative(req.baseDir(), f);
                        if ((!includes.isEmpty() && includes.stream().noneMatch(m -> m.matches(rel)))
                                || excludes.stream().anyMatch(m -> m.matches(rel))) {
                            continue;
                        }
                        if (readers.supports(f)) {
                            reports.add(f.normalize());
                        } else {
                            skipped.add(f);
                        }
                    }
                } catch (IOException e) {
                    throw new CheckException("无法读取目录 " + p + "：" + e.getMessage(), e);
                }
            } else {
                throw new CheckException("文件或目录不存在：" + input);
            }
        }
        return new Found(List.copyOf(reports), List.copyOf(skipped));
    }

    /**
     * Directories are searched without their build output ({@code target/}, where this tool writes its
     * own report.html) and hidden folders ({@code .git}); name such a folder explicitly to check it.
     */
    static boolean inBuildOrHiddenDir(Path root, Path file) {
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String name = rel.getName(i).toString();
            if (name.equals("target") || (name.startsWith(".") && name.length() > 1 && !name.equals(".."))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Include/exclude globs over the path relative to the base directory. A glob also matches the files
     * inside a directory it matches ({@code reports/2025} = everything under it), and a glob without a
     * '/' also matches the file's own name ({@code *.docx} in any directory).
     */
    static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            if (g.isBlank()) {
                continue;
            }
            String glob = g.strip().replace('\\', '/');
            while (glob.endsWith("/") && glob.length() > 1) {
                glob = glob.substring(0, glob.length() - 1);
            }
            if (glob.startsWith("./")) {
                glob = glob.substring(2);
            }
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            boolean nameOnly = !glob.contains("/");
            out.add(rel -> {
                if (m.matches(rel) || (nameOnly && rel.getFileName() != null && m.matches(rel.getFileName()))) {
                    return true;
                }
                for (Path dir = rel.getParent(); dir != null; dir = dir.getParent()) {
                    if (m.matches(dir)) {
                        return true;
                    }
                }
                return false;
            });
        }
        return out;
    }

    static Path relative(Path base, Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path b = base.toAbsolutePath().normalize();
        return abs.startsWith(b) ? b.relativize(abs) : abs;
    }

    /** How a file is named in findings: relative to the base directory, forward slashes. */
    static String display(Path base, Path f) {
        return relative(base, f).toString().replace('\\', '/');
    }
}
