/**
 * Backends that drive native agent processes, one per simulated caller, over the {@code rtk-agent/1}
 * line protocol on stdio or through a token-authenticated TCP launcher (see {@code docs/agent-protocol.md}).
 */
package org.rtkconformance.adapter.agent;
