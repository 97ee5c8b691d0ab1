package org.mlbyhand.grading.learner;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.mlbyhand.grading.Exercise;

/**
 * Gives each exercise its compiled classes. When Maven's build of the {@code exercises} module is
 * up to date for that exercise (every class file of its answer newer than its source), those classes
 * are used as they are. Otherwise the stub is compiled on its own, with the other exercises' sources
 * on the source path (a helper class of the learner's is compiled with it), against this process's
 * class path ({@code core}, {@code datasets}), into a directory of its own: one stub that does not
 * compile is that exercise's report, with the compiler's messages, and every other exercise is still
 * graded. No annotation processing, no lint: the learner's comments are nobody's business.
 */
public final class LearnerCompiler {
    /** The learner's sources, relative to the repository. */
    public static final String SOURCES = "exercises/src/main/java";
    /** Maven's build of the exercises, relative to the repository. */
    public static final String BUILT = "exercises/target/classes";
    private static final int MAX_ERRORS = 5;
    private final Path repository;
    private final Path output;
    private final JavaCompiler javac;

    /**
     * @param repository the repository root (the stubs are under {@value #SOURCES})
     * @param output     where each exercise's classes go, in a directory named after the exercise
     */
    public LearnerCompiler(Path repository, Path output) {
        this.repository = repository;
        this.output = output;
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: grading needs a JDK, not a JRE");
        }
    }

    /** What compiling one exercise gave: its classes' directory, and the compiler's errors (none when it compiled). */
    public record Compilation(Path classes, String errors) {
        /** True when the stub compiled. */
        public boolean compiled() {
            return errors.isEmpty();
        }
    }

    /** Returns {@code exercise}'s classes: Maven's when they are up to date, else freshly compiled. */
    public Compilation compile(Exercise exercise) throws IOException {
        Path built = repository.resolve(BUILT);
        if (upToDate(built, exercise.stubClass())) {
            return new Compilation(built, "");
        }
        return compileAlone(exercise);
    }

    /** Compiles {@code exercise}'s stub alone into a fresh directory. */
    public Compilation compileAlone(Exercise exercise) throws IOException {
        Path classes = output.resolve(exercise.name());
        clear(classes);
        Files.createDirectories(classes);
        Path stub = repository.resolve(exercise.stub());
        if (!Files.isRegularFile(stub)) {
            return new Compilation(classes, "  the file " + exercise.stub() + " is missing.\n");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-sourcepath",
                    repository.resolve(SOURCES).toString(), "-classpath", classpath(), "-implicit:class",
                    "-proc:none", "-g", "-encoding", "UTF-8", "--release", "17", "-nowarn", "-Xlint:none",
                    "-Xmaxerrs", Integer.toString(MAX_ERRORS));
            StringWriter noise = new StringWriter();
            boolean ok = javac.getTask(noise, files, diagnostics, options, null,
                    files.getJavaFileObjects(stub.toFile())).call();
            return new Compilation(classes, ok ? "" : describe(diagnostics.getDiagnostics()));
        }
    }

    /** True when every class file of the answer exists under {@code classes} and is newer than its source. */
    private boolean upToDate(Path classes, String stubClass) throws IOException {
        if (!Files.isDirectory(classes)) {
            return false;
        }
        java.util.Set<Path> files = LearnerClasses.of(classes, stubClass);
        if (files.isEmpty()) {
            return false;
        }
        for (Path file : files) {
            String className = classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
            Path source = repository.resolve(SOURCES).resolve(LearnerClasses.outer(className.replace('/', '.'))
                    .replace('.', '/') + ".java");
            if (!Files.isRegularFile(source)
                    || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(source)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** This process's class path without the exercises' own compiled classes, which may be stale. */
    private static String classpath() {
        return withoutExercises(System.getProperty("java.class.path"), File.pathSeparator);
    }

    /**
     * {@code classpath} without the entries holding the exercises' compiled classes, on any platform:
     * entries are split on {@code separator} ({@code ":"} or Windows' {@code ";"}) and compared with
     * {@code /} and {@code \} alike.
     */
    static String withoutExercises(String classpath, String separator) {
        List<String> kept = new ArrayList<>();
        for (String entry : classpath.split(java.util.regex.Pattern.quote(separator))) {
            String normal = entry.replace('\\', '/');
            if (!entry.isEmpty() && !normal.contains("exercises/target/") && !normal.matches(".*exercises-[^/]*\\.jar")) {
                kept.add(entry);
            }
        }
        return String.join(separator, kept);
    }

    /** "FILE:LINE: error: MESSAGE", the source line and a caret, for each error. */
    private String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR || shown == MAX_ERRORS) {
                continue;
            }
            shown++;
            String file = d.getSource() == null ? "" : relative(Path.of(d.getSource().toUri()));
            s.append("  ").append(file).append(':').append(d.getLineNumber()).append(": error: ")
                    .append(d.getMessage(Locale.ROOT).lines().findFirst().orElse("")).append('\n');
            String line = sourceLine(d);
            if (line != null) {
                s.append("      ").append(line).append('\n');
                long column = Math.max(1, d.getColumnNumber());
                s.append("      ").append(" ".repeat((int) Math.min(column - 1, line.length()))).append("^\n");
            }
        }
        return s.length() > 0 ? s.toString() : "  the compiler failed without an error message.\n";
    }

    private static String sourceLine(Diagnostic<? extends JavaFileObject> d) {
        if (d.getSource() == null || d.getLineNumber() < 1) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(d.getSource().toUri()), StandardCharsets.UTF_8);
            return d.getLineNumber() <= lines.size() ? lines.get((int) d.getLineNumber() - 1).stripTrailing() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private String relative(Path file) {
        Path root = repository.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        return (f.startsWith(root) ? root.relativize(f) : f).toString().replace('\\', '/');
    }

    private static void clear(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
