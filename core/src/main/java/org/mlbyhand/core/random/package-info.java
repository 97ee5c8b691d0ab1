/**
 * Seeded randomness: {@link org.mlbyhand.core.random.Rng}, and generators of random matrices. No
 * class in this library uses global random state; everything random takes a seed or an {@code Rng}.
 */
package org.mlbyhand.core.random;
