/**
 * Independent naive ports: small implementations of the port written the way someone outside the kit
 * would write one (a map of names to byte arrays), each with its own bug. They share only the plumbing
 * every port needs ({@link org.rtkconformance.selftest.naive.NaivePort}: instances, handle and view tables,
 * byte access), never the reference's model or rules, so the kit is proven against code that does not share
 * the oracle's structure.
 */
package org.rtkconformance.selftest.naive;
