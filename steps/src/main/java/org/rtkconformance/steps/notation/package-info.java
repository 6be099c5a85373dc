/** The small notations the features use for values Gherkin cannot write literally: names of any code units, access masks, BOOLEAN bytes. */
package org.rtkconformance.steps.notation;
