/**
 * Real, classic data sets shipped inside this module, and their loaders. Every file is listed, with
 * its SHA-256, shape and class counts, in {@code manifest.tsv} (beside the files on the classpath),
 * and described, with its origin, license and conversion, in {@code datasets/SOURCES.md}.
 *
 * <p>One small class per data set ({@link org.mlbyhand.datasets.Iris}, {@link org.mlbyhand.datasets.Mnist},
 * {@link org.mlbyhand.datasets.JaneAusten}, …) loads it from the classpath, offline, and returns an
 * immutable {@link org.mlbyhand.datasets.Dataset} (or a {@code String} for text). Every load checks the
 * file's SHA-256 against the manifest and the shape it read against the shape the manifest records;
 * a corrupt file, a truncated one or a malformed row throws {@link org.mlbyhand.datasets.DatasetException}
 * naming the file and the line. Missing values are NaN, never 0.
 *
 * <p>{@link org.mlbyhand.datasets.ListDatasets} prints the catalogue; seeded synthetic data sets are in
 * {@link org.mlbyhand.datasets.synthetic}.
 */
package org.mlbyhand.datasets;
