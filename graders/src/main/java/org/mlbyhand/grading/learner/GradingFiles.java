package org.mlbyhand.grading.learner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fingerprint of the repository's grading files: every file outside the learner's
 * {@code exercises/} folder, the learner's progress ({@code .mlbyhand/}), {@code .git} and the build
 * outputs, plus the compiled classes of the
 * engine, the graders and core. Taken before an exercise's code runs and compared after, it names
 * any file the learner's code created, deleted or changed (a grader's source, a compiled grader, a
 * file dropped at the root). The graders module's files (the engine and the graders, sources and
 * classes) are compared by SHA-256; every other file by size and modification time, which is enough
 * to see a write and costs a fraction of reading the data sets.
 */
public final class GradingFiles {
    private static final String HASHED = "graders/";
    private static final Set<String> WATCHED_OUTPUTS = Set.of("classes", "test-classes");
    private final Path repository;
    private final Map<String, String> fingerprints;

    private GradingFiles(Path repository, Map<String, String> fingerprints) {
        this.repository = repository;
        this.fingerprints = fingerprints;
    }

    /** Takes the fingerprint of the grading files under {@code repository}. */
    public static GradingFiles of(Path repository) throws IOException {
        Map<String, String> prints = new TreeMap<>();
        Path root = repository.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path rel = root.relativize(dir);
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean inOutput = rel.getNameCount() >= 2 && rel.getName(rel.getNameCount() - 2).toString().equals("target");
                if (rel.getNameCount() == 1 && (name.equals(".git") || name.equals("exercises")
                        || name.equals(".mlbyhand"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (inOutput && !WATCHED_OUTPUTS.contains(name)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path rel = root.relativize(file);
                boolean looseInOutput = rel.getNameCount() >= 2 && rel.getName(rel.getNameCount() - 2).toString().equals("target");
                if (!looseInOutput) {
                    String path = rel.toString().replace('\\', '/');
                    prints.put(path, path.startsWith(HASHED) ? sha256(file) : attrs.size() + "@"
                            + attrs.lastModifiedTime().toMillis());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                prints.put(root.relativize(file).toString().replace('\\', '/'), "unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return new GradingFiles(root, prints);
    }

    /** Returns the files that differ from this fingerprint now, as "PATH (created|deleted|changed)", sorted. */
    public List<String> changesNow() throws IOException {
        GradingFiles now = of(repository);
        List<String> changes = new ArrayList<>();
        Set<String> paths = new TreeSet<>(fingerprints.keySet());
        paths.addAll(now.fingerprints.keySet());
        for (String path : paths) {
            String before = fingerprints.get(path);
            String after = now.fingerprints.get(path);
            if (before == null) {
                changes.add(path + " (created)");
            } else if (after == null) {
                changes.add(path + " (deleted)");
            } else if (!before.equals(after)) {
                changes.add(path + " (changed)");
            }
        }
        return changes;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
