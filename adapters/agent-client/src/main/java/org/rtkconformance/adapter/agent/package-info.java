/**
 * Backends that drive native agent processes, one per simulated caller, over the {@code rtk-agent/1}
 * line protocol on stdio (see {@code docs/agent-protocol.md}).
 */
package org.rtkconformance.adapter.agent;
