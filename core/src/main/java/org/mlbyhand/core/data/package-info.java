/**
 * Preparing data for a model: train/test splits (plain and stratified), k-fold and stratified k-fold
 * cross-validation, shuffling, standardization fitted on the training rows only, one-hot encoding and
 * mini-batches. Everything random takes a seed or an {@link org.mlbyhand.core.random.Rng}; the same
 * seed gives the same split on every run and every JDK.
 *
 * <p>Rows are identified by their index in the data set: a {@link org.mlbyhand.core.data.Split} holds
 * two disjoint index arrays, and {@link org.mlbyhand.core.data.Rows} picks those rows out of a matrix
 * or a target vector. Class labels are {@code int[]} with values 0, 1, …, k−1.
 */
package org.mlbyhand.core.data;
