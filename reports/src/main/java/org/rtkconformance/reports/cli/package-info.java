/** How the report tools run from a command line: flags, exit codes and one-line error messages. */
package org.rtkconformance.reports.cli;
