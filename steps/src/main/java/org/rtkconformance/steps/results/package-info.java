/** The results listener: classifies every scenario into the five result classes and writes {@code results.json} and the Allure environment. */
package org.rtkconformance.steps.results;
