package org.mlbyhand.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The course, discovered rather than listed: every package {@code ROOT.psN} carrying a {@link Title}
 * is a problem set, in the order of N; every concrete {@link Grader} in it named {@code ...Grader} is
 * one of its exercises (or milestones), in the order its {@link Exercise#order()} gives. Adding an
 * exercise touches its stub, its grader and its bugs, nothing else.
 */
public final class Curriculum {
    private static final Pattern PROBLEM_SET = Pattern.compile("ps(\\d+)");

    private Curriculum() {
    }

    /** Returns the problem sets under {@code rootPackage} ({@code "org.mlbyhand.graders"}), in course order. */
    public static List<ProblemSet> discover(String rootPackage) {
        ClassLoader loader = Curriculum.class.getClassLoader();
        TreeMap<Integer, ProblemSet> sets = new TreeMap<>();
        for (Path root : directories(loader, rootPackage.replace('.', '/'))) {
            try (Stream<Path> children = Files.list(root)) {
                for (Path dir : children.filter(Files::isDirectory).toList()) {
                    Matcher m = PROBLEM_SET.matcher(dir.getFileName().toString());
                    if (m.matches()) {
                        String pkg = rootPackage + "." + dir.getFileName();
                        ProblemSet set = problemSet(loader, pkg, dir);
                        if (set != null && sets.put(Integer.parseInt(m.group(1)), set) != null) {
                            throw new IllegalStateException("two problem sets numbered " + m.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(sets.values());
    }

    private static ProblemSet problemSet(ClassLoader loader, String pkg, Path dir) throws IOException {
        Title title;
        try {
            title = Class.forName(pkg + ".package-info", true, loader).getAnnotation(Title.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
        if (title == null) {
            return null;
        }
        List<Grader<?>> graders = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith("Grader.class")).sorted().toList()) {
                String name = f.getFileName().toString();
                Grader<?> g = instantiate(loader, pkg + "." + name.substring(0, name.length() - ".class".length()));
                if (g != null) {
                    graders.add(g);
                }
            }
        }
        graders.sort(Comparator.comparingInt(g -> g.exercise().order()));
        String id = pkg.substring(pkg.lastIndexOf('.') + 1);
        for (Grader<?> g : graders) {
            if (!g.exercise().problemSet().equals(id)) {
                throw new IllegalStateException(g.getClass().getName() + " says it belongs to "
                        + g.exercise().problemSet() + ", but it lives in " + id);
            }
        }
        return new ProblemSet(id, title.value(), graders);
    }

    private static Grader<?> instantiate(ClassLoader loader, String className) {
        try {
            Class<?> c = Class.forName(className, true, loader);
            if (!Grader.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
                return null;
            }
            return (Grader<?>) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(className + " needs a public no-argument constructor", e);
        }
    }

    private static List<Path> directories(ClassLoader loader, String resource) {
        List<Path> dirs = new ArrayList<>();
        try {
            Enumeration<URL> urls = loader.getResources(resource);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if (url.getProtocol().equals("file")) {
                    dirs.add(Path.of(url.toURI()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return dirs;
    }
}
