package org.mlbyhand.datasets;

import java.util.Arrays;

/**
 * The characters of a text, numbered: the distinct characters sorted by their code, so that
 * <pre>{@code
 *   index(character(i)) = i,    decode(encode(s)) = s
 * }</pre>
 * for every i in [0, size) and every string s made of the vocabulary's characters. The same text
 * always gives the same numbering. Characters are Java {@code char}s (UTF-16 code units); the
 * bundled texts use none outside the Basic Multilingual Plane.
 */
public final class Vocabulary {
    private final char[] characters;
    private final int[] indexOf;    // indexOf[ch] = i, or -1

    private Vocabulary(char[] characters) {
        this.characters = characters;
        this.indexOf = new int[Character.MAX_VALUE + 1];
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < characters.length; i++) {
            indexOf[characters[i]] = i;
        }
    }

    /** Returns the vocabulary of the distinct characters of {@code text}, in increasing code order. */
    public static Vocabulary of(String text) {
        boolean[] seen = new boolean[Character.MAX_VALUE + 1];
        int count = 0;
        for (int k = 0; k < text.length(); k++) {
            if (!seen[text.charAt(k)]) {
                seen[text.charAt(k)] = true;
                count++;
            }
        }
        char[] characters = new char[count];
        int i = 0;
        for (int ch = 0; ch <= Character.MAX_VALUE; ch++) {
            if (seen[ch]) {
                characters[i++] = (char) ch;
            }
        }
        return new Vocabulary(characters);
    }

    /** Returns the number of distinct characters. */
    public int size() {
        return characters.length;
    }

    /**
     * Returns the index of a character.
     *
     * @throws IllegalArgumentException naming the character (and its code) when it is not in the vocabulary
     */
    public int index(char ch) {
        int i = indexOf[ch];
        if (i < 0) {
            throw new IllegalArgumentException("character '" + ch + "' (U+" + String.format("%04X", (int) ch)
                    + ") is not in the vocabulary of " + size() + " characters");
        }
        return i;
    }

    /**
     * Returns the character with index i.
     *
     * @throws IndexOutOfBoundsException if i is outside [0, size)
     */
    public char character(int i) {
        if (i < 0 || i >= characters.length) {
            throw new IndexOutOfBoundsException("index " + i + " is outside the vocabulary [0, " + size() + ")");
        }
        return characters[i];
    }

    /** Returns the index of each character of s, length s.length(); throws as {@link #index} does. */
    public int[] encode(String s) {
        int[] out = new int[s.length()];
        for (int k = 0; k < out.length; k++) {
            out[k] = index(s.charAt(k));
        }
        return out;
    }

    /** Returns the string whose k-th character is {@code character(indices[k])} (indices not modified). */
    public String decode(int[] indices) {
        StringBuilder sb = new StringBuilder(indices.length);
        for (int i : indices) {
            sb.append(character(i));
        }
        return sb.toString();
    }

    /** Returns all characters, in index order, as one string. */
    public String characters() {
        return new String(characters);
    }

    /** Returns e.g. {@code Vocabulary(61 characters)}. */
    @Override
    public String toString() {
        return "Vocabulary(" + size() + " characters)";
    }
}
