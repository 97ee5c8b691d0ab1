package org.mlbyhand.datasets;

import java.util.StringJoiner;

/**
 * Jane Austen's six completed novels, public-domain texts from the janeaustenr R package (Silge,
 * 2022), for character-level language models. Pride and Prejudice alone is 684,768 characters.
 *
 * <p>Each text is the package's lines joined with {@code \n}, ending in {@code \n}: chapter headings
 * and blank lines included, nothing stripped. Apart from one pound sign in Mansfield Park, every
 * character is ASCII. {@link Vocabulary} maps characters to indices and back.
 */
public final class JaneAusten {
    /** The novels, in order of publication. */
    public enum Novel {
        SENSE_AND_SENSIBILITY("Sense and Sensibility", 1811),
        PRIDE_AND_PREJUDICE("Pride and Prejudice", 1813),
        MANSFIELD_PARK("Mansfield Park", 1814),
        EMMA("Emma", 1815),
        NORTHANGER_ABBEY("Northanger Abbey", 1817),
        PERSUASION("Persuasion", 1817);

        private final String title;
        private final int year;

        Novel(String title, int year) {
            this.title = title;
            this.year = year;
        }

        /** Returns the title, e.g. "Pride and Prejudice". */
        public String title() {
            return title;
        }

        /** Returns the year of first publication. */
        public int year() {
            return year;
        }

        /** Returns the bundled file, e.g. {@code austen/pride_and_prejudice.txt.gz}. */
        public String file() {
            return "austen/" + name().toLowerCase(java.util.Locale.ROOT) + ".txt.gz";
        }
    }

    private JaneAusten() {
    }

    /**
     * Returns the full text of one novel.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or not UTF-8
     */
    public static String text(Novel novel) {
        String text = Resources.text(novel.file());
        Resources.checkShape(novel.file(), String.valueOf(text.length()));
        return text;
    }

    /** Returns the text of Pride and Prejudice, the usual corpus for a first model. */
    public static String prideAndPrejudice() {
        return text(Novel.PRIDE_AND_PREJUDICE);
    }

    /** Returns all six novels, in order of publication, one after another (about 4 million characters). */
    public static String allNovels() {
        StringJoiner all = new StringJoiner("");
        for (Novel novel : Novel.values()) {
            all.add(text(novel));
        }
        return all.toString();
    }
}
