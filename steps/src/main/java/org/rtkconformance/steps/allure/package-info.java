/** Marks every Allure result with the backend, statements, strength and readings, and a history id per backend. */
package org.rtkconformance.steps.allure;
