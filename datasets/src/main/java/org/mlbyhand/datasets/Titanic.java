package org.mlbyhand.datasets;

import java.util.List;
import java.util.Set;

/**
 * Everyone aboard the RMS Titanic (Encyclopedia Titanica, via the stablelearner R package): 2207
 * people, 1317 passengers and 890 crew, and whether each survived.
 *
 * <p>Features, in order: gender (categorical: 0 female, 1 male), age (years; babies as a fraction),
 * class (categorical, sorted: 0 1st, 1 2nd, 2 3rd, then the crew's departments: deck crew,
 * engineering crew, restaurant staff, victualling crew), embarked (categorical: B Belfast,
 * C Cherbourg, Q Queenstown, S Southampton), country (categorical, 48 home countries, sorted), fare
 * (pounds), sibsp (siblings and spouses aboard), parch (parents and children aboard). The name and
 * ticket number columns of the file are not features. Classes: 0 no, 1 yes (survived).
 *
 * <p>Missing values are NaN and are the lesson: fare is missing for the crew and for 26 passengers,
 * sibsp and parch for the crew and 10 passengers, country for 81 people, age for 2.
 */
public final class Titanic {
    /** The bundled file. */
    public static final String FILE = "titanic.csv.gz";
    /** Class names, in index order. */
    public static final List<String> CLASSES = List.of("no", "yes");

    private static final Set<String> CATEGORICAL = Set.of("gender", "class", "embarked", "country");
    private static final Set<String> NOT_FEATURES = Set.of("name", "ticketno");
    private static final Set<String> PASSENGER_CLASSES = Set.of("1st", "2nd", "3rd");

    private Titanic() {
    }

    /**
     * Loads everyone aboard: X is 2207×8, targets are survival.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset load() {
        return Tabular.load("titanic", FILE, "survived", CLASSES, CATEGORICAL, NOT_FEATURES);
    }

    /**
     * Loads the 1317 passengers only (class 1st, 2nd or 3rd, so the class categories are just those
     * three): X is 1317×8.
     *
     * @throws DatasetException if the bundled file is missing, corrupt or malformed
     */
    public static Dataset passengers() {
        CsvTable table = CsvTable.parse(FILE, Resources.text(FILE));
        int classColumn = table.column("class");
        return Tabular.build("titanic_passengers", table, "survived", CLASSES, CATEGORICAL, NOT_FEATURES,
                row -> PASSENGER_CLASSES.contains(table.cell(row, classColumn)));
    }
}
