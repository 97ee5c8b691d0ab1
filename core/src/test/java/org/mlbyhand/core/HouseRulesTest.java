package org.mlbyhand.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
