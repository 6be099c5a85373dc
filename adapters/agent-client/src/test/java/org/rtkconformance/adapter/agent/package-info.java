/** Tests of the agent client and, through it, of the Linux agent: protocol, behaviour, failures, fuzzing. */
package org.rtkconformance.adapter.agent;
