package org.mlbyhand.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules of this codebase that a test can hold better than a review. */
class HouseRulesTest {
    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void coreHasNoDependencyOutsideTestScope() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        StringBuilder offenders = new StringBuilder();
        while (dependency.find()) {
            if (!dependency.group(1).contains("<scope>test</scope>")) {
                offenders.append(dependency.group(1).replaceAll("\\s+", " ")).append('\n');
            }
        }
        assertEquals("", offenders.toString(), "core must have no compile or runtime dependency");
    }

    @Test
    void nothingInCorePrints() throws IOException {
        assertEquals(List.of(), sourcesContaining("System\\.out|System\\.err|printStackTrace"),
                "core never prints: return values or throw exceptions instead");
    }

    @Test
    void noGlobalRandomStateInCore() throws IOException {
        assertEquals(List.of(), sourcesContaining("Math\\.random|new java\\.util\\.Random|new Random\\(|ThreadLocalRandom"),
                "everything random takes a seed or an Rng");
    }

    @Test
    void everyPackageIsInALayerAndUsesNoLayerAboveItNorACycle() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                sources.put(MAIN.relativize(f).toString(), Files.readString(f));
            }
        }
        List<String> violations = Layering.violations(sources);
        assertEquals(List.of(), violations, "core's packages are layered bottom-up (see Layering):\n" + String.join("\n", violations));
    }

    @Test
    void theLayeringCheckNamesAnUpwardImportAnUnplacedPackageAndACycle() {
        Map<String, String> sources = new TreeMap<>(Map.of(
                "linalg/A.java", "package org.mlbyhand.core.linalg;\nimport org.mlbyhand.core.linear.Ridge;\n"
                        + "/** org.mlbyhand.core.metrics.X in a comment */ class A { String s = \"org.mlbyhand.core.data.Y\"; }",
                "data/B.java", "package org.mlbyhand.core.data;\nimport org.mlbyhand.core.property.Case;\nclass B {}",
                "property/C.java", "package org.mlbyhand.core.property;\nclass C { org.mlbyhand.core.data.B b; }",
                "nowhere/D.java", "package org.mlbyhand.core.nowhere;\nclass D {}"));
        assertEquals(List.of(
                "linalg/A.java: import org.mlbyhand.core.linear.Ridge goes up a layer: linalg (layer 0) may not use linear (layer 4)",
                "nowhere/D.java: package nowhere is in no layer; place it in Layering.LAYERS",
                "cycle data → property → data:\n  data/B.java: import org.mlbyhand.core.property.Case\n  property/C.java: org.mlbyhand.core.data.B"),
                Layering.violations(sources));
    }

    private static List<String> sourcesContaining(String regex) throws IOException {
        Pattern p = Pattern.compile(regex);
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return p.matcher(Files.readString(f)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).sorted().collect(Collectors.toList());
        }
    }
}
