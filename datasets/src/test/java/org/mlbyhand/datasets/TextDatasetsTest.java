package org.mlbyhand.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class TextDatasetsTest {
    @Test
    void prideAndPrejudiceBeginsAsItShould() {
        String text = JaneAusten.prideAndPrejudice();
        assertTrue(text.startsWith("PRIDE AND PREJUDICE\n\nBy Jane Austen\n"), text.substring(0, 40));
        assertTrue(text.contains("It is a truth universally acknowledged, that a single man in possession\n"
                + "of a good fortune, must be in want of a wife."));
        assertTrue(text.endsWith("\n"));
    }

    @Test
    void allNovelsAreTheSixTextsInOrder() {
        String all = JaneAusten.allNovels();
        int total = 0;
        for (JaneAusten.Novel novel : JaneAusten.Novel.values()) {
            total += JaneAusten.text(novel).length();
        }
        assertEquals(total, all.length());
        assertTrue(all.startsWith("SENSE AND SENSIBILITY"), all.substring(0, 30));
        assertEquals(1, all.chars().filter(ch -> ch > 127).count(), "only Mansfield Park's pound sign is not ASCII");
    }

    @Test
    void theVocabularyNumbersTheSortedDistinctCharacters() {
        Vocabulary v = Vocabulary.of("hello, world");
        assertEquals(" ,dehlorw", v.characters());
        assertEquals(0, v.index(' '));
        assertEquals('w', v.character(8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.index('z'));
        assertTrue(e.getMessage().contains("'z' (U+007A)"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> v.character(9));
    }

    @Test
    void decodeUndoesEncodeOnAnyStretchOfTheNovel() {
        String text = JaneAusten.prideAndPrejudice();
        Vocabulary v = Vocabulary.of(text);
        CaseGen gen = CaseGen.create().integer("start", 0, text.length() - 1).integer("length", 0, 500);
        Property.forAll(gen, 71, 200, c -> {
            int start = c.integer("start");
            String s = text.substring(start, Math.min(text.length(), start + c.integer("length")));
            int[] codes = v.encode(s);
            assertEquals(s, v.decode(codes));
            for (int code : codes) {
                assertTrue(code >= 0 && code < v.size());
            }
        });
        for (int i = 0; i < v.size(); i++) {
            assertEquals(i, v.index(v.character(i)));
        }
    }
}
