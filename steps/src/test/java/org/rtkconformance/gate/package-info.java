/** The catalog gate: the build fails when the statement catalog and the features' tags disagree. */
package org.rtkconformance.gate;
