package org.disclosurechecker.core;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.disclosurechecker.facts.Edition;
import org.disclosurechecker.findings.Severity;
import org.disclosurechecker.read.ReadOptions;

/**
 * What to check and how, as both front ends describe it.
 *
 * @param inputs               files and directories (directories are searched recursively)
 * @param baseDir              paths in the output are shown relative to this directory
 * @param includes             glob patterns (relative to baseDir) a file found in a directory must match; empty = all
 * @param excludes             glob patterns of files to leave out
 * @param failOn               findings at or above this severity fail a report
 * @param maxAllowedViolations failing findings tolerated over the whole run before it fails
 * @param rulesDirectory       extra DRL rules (trusted code), or null
 * @param configFiles          the YAML configuration files, merged in this order (see SettingsLoader); empty = defaults
 * @param previousReport       last year's report, for the across-year rules, or null
 * @param year                 forced report year, or null
 * @param edition              forced edition, or null
 * @param encoding             forced charset for plain text, or null to detect
 * @param maxFileBytes         larger files are refused (READ-ERROR)
 * @param skipRules            rule ids not to run
 * @param unitsFile            the supervisor's list of units that must report (CSV, see docs/configuration.md), or null
 */
public record CheckRequest(List<Path> inputs, Path baseDir, List<String> includes, List<String> excludes,
                           Severity failOn, int maxAllowedViolations, Path rulesDirectory, List<Path> configFiles,
                           Path previousReport, Integer year, Edition edition, Charset encoding, long maxFileBytes,
                           Set<String> skipRules, Path unitsFile) {

    public CheckRequest {
        inputs = List.copyOf(inputs);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        configFiles = List.copyOf(configFiles);
        skipRules = Set.copyOf(skipRules);
        if (failOn == null) {
            failOn = Severity.ERROR;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction with the documented defaults. */
    public static final class Builder {
        private final List<Path> inputs = new ArrayList<>();
        private Path baseDir = Path.of("").toAbsolutePath();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Severity failOn = Severity.ERROR;
        private int maxAllowed = 0;
        private Path rules;
        private final List<Path> configs = new ArrayList<>();
        private Path previous;
        private Integer year;
        private Edition edition;
        private Charset encoding;
        private long maxFileBytes = ReadOptions.DEFAULT_MAX_FILE_BYTES;
        private final Set<String> skip = new LinkedHashSet<>();
        private Path units;

        public Builder input(Path p) {
            inputs.add(p);
            return this;
        }

        public Builder inputs(List<Path> ps) {
            inputs.addAll(ps);
            return this;
        }

        public Builder baseDir(Path p) {
            baseDir = p;
            return this;
        }

        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        public Builder failOn(Severity s) {
            failOn = s;
            return this;
        }

        public Builder maxAllowedViolations(int n) {
            maxAllowed = n;
            return this;
        }

        public Builder rulesDirectory(Path p) {
            rules = p;
            return this;
        }

        /** Adds a configuration file (null: none); later files override earlier ones (see SettingsLoader). */
        public Builder configFile(Path p) {
            if (p != null) {
                configs.add(p);
            }
            return this;
        }

        public Builder configFiles(List<Path> ps) {
            ps.forEach(this::configFile);
            return this;
        }

        public Builder previousReport(Path p) {
            previous = p;
            return this;
        }

        public Builder year(Integer y) {
            year = y;
            return this;
        }

        public Builder edition(Edition e) {
            edition = e;
            return this;
        }

        public Builder encoding(Charset c) {
            encoding = c;
            return this;
        }

        public Builder maxFileBytes(long n) {
            maxFileBytes = n;
            return this;
        }

        public Builder skipRules(Set<String> ids) {
            skip.addAll(ids);
            return this;
        }

        public Builder unitsFile(Path p) {
            units = p;
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(inputs, baseDir, includes, excludes, failOn, maxAllowed, rules, configs, previous,
                    year, edition, encoding, maxFileBytes, skip, units);
        }
    }
}
