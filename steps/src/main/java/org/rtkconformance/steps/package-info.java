/**
 * The Cucumber glue of the kit: thin steps that turn the Gherkin words into one port call each, the
 * per-scenario {@link org.rtkconformance.steps.World}, and the hooks that apply the result taxonomy.
 */
package org.rtkconformance.steps;
