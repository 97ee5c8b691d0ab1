/**
 * Property-based testing with seeded generators and a shrinker that knows matrices: generate many
 * random inputs with shapes that fit ({@link org.mlbyhand.core.property.CaseGen}), run a test on each
 * ({@link org.mlbyhand.core.property.Property}), and shrink a failing input to the smallest, simplest
 * one that still fails. Core's own tests, the datasets' tests and the graders all use it.
 */
package org.mlbyhand.core.property;
