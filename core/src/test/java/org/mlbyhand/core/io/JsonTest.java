package org.mlbyhand.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void whatIsWrittenReadsBackTheSame() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "PS0 · matmul \"quoted\"\n\ttabbed \\ back");
        doc.put("score", 10.5);
        doc.put("max_score", 10);
        doc.put("tests", List.of(Map.of("ok", true), Map.of("none", "x")));
        doc.put("nothing", null);
        Map<String, Object> read = new LinkedHashMap<>(doc);
        read.put("max_score", 10.0);
        assertEquals(read, Json.parse(Json.write(doc)));
    }

    @Test
    void numbersAreWrittenAsJsonNumbers() {
        assertEquals("[1,2.5,null,1.0E-20]", Json.write(List.of(1, 2.5, Double.NaN, 1e-20)));
    }

    @Test
    void aMalformedDocumentNamesTheOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": }"));
        assertEquals("JSON: unexpected character '}' at offset 6", e.getMessage());
    }
}
