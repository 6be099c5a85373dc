/** Domain assertions whose failure messages name the statements, the call as written, expected and actual values, and the backend. */
package org.rtkconformance.steps.assertions;
