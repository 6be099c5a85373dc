/** What one conformance run shares across scenarios: the chosen backend provider, the run id, and the taxonomy of aborts. */
package org.rtkconformance.steps.run;
