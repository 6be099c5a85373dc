package org.rtkconformance.adapter.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtkconformance.adapter.api.BackendManifest;

/**
 * The rtk-agent/1 protocol as any agent must speak it (docs/agent-protocol.md), independent of the conformance
 * suite. Runs against {@code -Drtk.agent.protocolCommand="<agent command>"}, by default the bundled posix agent.
 */
@Timeout(30)
class AgentProtocolTests {

    private RawAgent agent;

    @BeforeEach
    void start() throws IOException {
        List<String> command = RawAgent.commandUnderTest("protocoltests");
        assumeFalse(command.isEmpty(), "no agent under test: the posix agent was not built and no "
                + RawAgent.COMMAND_PROPERTY + " is set");
        agent = new RawAgent(command);
    }

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
    }

    private void greet() throws Exception {
        assertThat(agent.exchange("1 HELLO rtk-agent/1")).startsWith("1 HELLO rtk-agent/1 ");
    }

    /** Liveness after a bad line: the agent still answers a good one, with its id. */
    private void assertStillServing() throws Exception {
        assertThat(agent.exchange("777 HELLO rtk-agent/1")).startsWith("777 HELLO rtk-agent/1 ");
    }

    @Test
    void hello_declares_a_usable_manifest() throws Exception {
        agent.send("1 HELLO rtk-agent/1");
        AgentReply hello = AgentReply.parse(agent.next(5000));
        BackendManifest manifest = AgentHello.manifest("under-test", hello);
        assertThat(hello.field("backend")).isNotBlank();
        assertThat(manifest.vendor()).isNotBlank();
        assertThat(manifest.product()).isNotBlank();
        assertThat(manifest.version()).isNotBlank();
    }

    @Test
    void another_protocol_version_is_refused_with_its_id() throws Exception {
        assertThat(agent.exchange("5 HELLO rtk-agent/2")).startsWith("ERR 5 ");
        greet();
    }

    @Test
    void requests_before_hello_are_refused() throws Exception {
        assertThat(agent.exchange("4 LIST")).startsWith("ERR 4 ");
        greet();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "9 FROB|ERR 9 ",
        "x LIST|ERR - ",
        "-1 LIST|ERR - ",
        "1234567890123456789 LIST|ERR - ",
        "9|ERR 9 ",
        "9  LIST|ERR 9 ",
        "9 LIST |ERR 9 ",
        "9 ATTACH|ERR 9 ",
        "9 ATTACH 1 2|ERR 9 ",
        "9 ATTACH 123456789|ERR 9 ",
        "9 ATTACH zz|ERR 9 ",
        "9 DETACH 12345678901234567|ERR 9 ",
        "9 OPEN 1 1 2 00 4:6:00410042 1|ERR 9 ",
        "9 OPEN 1 1 2 00 3:4:0041004200|ERR 9 ",
        "9 OPEN 1 2 2 00 4:6:004100420000 1|ERR 9 ",
        "9 OPEN 1 1 2 100 4:6:004100420000 1|ERR 9 ",
        "9 OPEN 1 1 2 00 70000:6:004100420000 1|ERR 9 ",
        "9 OPEN 1 1 2 00 4:6:00410042000G 1|ERR 9 ",
        "9 OPEN 1 1 2 00 4:4:0041 1|ERR 9 ",
        "9 OPEN 1 1 2 00 4:6 1|ERR 9 ",
        "9 CREATE 1 1 4 0 10 - |ERR 9 ",
        "9 READ 0 0 65537|ERR 9 ",
        "9 WRITE 0 0 ABC|ERR 9 ",
        "9 CLOSE 1|ERR 9 ",
        "9 UNMAP 1 2 3|ERR 9 ",
    })
    void malformed_requests_get_one_error_reply_and_the_agent_goes_on(String line, String expectedPrefix) throws Exception {
        greet();
        assertThat(agent.exchange(line)).startsWith(expectedPrefix);
        assertStillServing();
    }

    @Test
    void control_bytes_nul_and_non_ascii_are_refused() throws Exception {
        greet();
        for (byte[] line : List.of("9 LIST\r\n".getBytes(StandardCharsets.US_ASCII),
                "9 LI\u0000ST\n".getBytes(StandardCharsets.ISO_8859_1),
                "9 LIST\tx\n".getBytes(StandardCharsets.US_ASCII),
                "9 L\u00fcST\n".getBytes(StandardCharsets.UTF_8),
                "\n".getBytes(StandardCharsets.US_ASCII))) {
            agent.sendBytes(line);
            assertThat(agent.next(5000)).startsWith("ERR ");
        }
        assertStillServing();
    }

    @Test
    void an_over_long_line_is_refused_once_and_skipped() throws Exception {
        greet();
        byte[] huge = new byte[(1 << 20) + 5000];
        java.util.Arrays.fill(huge, (byte) 'A');
        agent.sendBytes(huge);
        agent.sendBytes("\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(agent.next(5000)).startsWith("ERR - ");
        assertStillServing();
        assertThat(agent.next(200)).isNull();
    }

    @Test
    void every_port_operation_answers_with_status_and_native_code() throws Exception {
        greet();
        AgentReply attach = AgentReply.parse(agent.exchange("2 ATTACH 1"));
        assertThat(attach.id()).isEqualTo("2");
        assertThat(attach.field("status")).hasSize(8);
        assertThat(attach.field("errno")).matches("-?[0-9]+");
        String inst = attach.field("inst");
        AgentReply created = AgentReply.parse(agent.exchange("3 CREATE " + inst + " 1 4 0 1000 6:8:0070007200740000 1"));
        assertThat(created.field("status")).isEqualTo("00000000");
        AgentReply opened = AgentReply.parse(agent.exchange("4 OPEN " + inst + " 1 1 00 6:8:0070007200740000 1"));
        assertThat(opened.field("handle")).matches("[0-9A-F]+");
        assertThat(opened.field("location")).matches("[0-9A-F]+");
        AgentReply missing = AgentReply.parse(agent.exchange("5 OPEN " + inst + " 1 1 00 2:2:0071 1"));
        assertThat(missing.field("handle")).isEqualTo("-");
        assertThat(missing.field("location")).isEqualTo("-");
        AgentReply read = AgentReply.parse(agent.exchange("6 READ " + opened.field("location") + " 0 4"));
        assertThat(read.field("access")).isEqualTo("OK");
        assertThat(read.field("data")).isEqualTo("00000000");
        AgentReply write = AgentReply.parse(agent.exchange("7 WRITE " + opened.field("location") + " 0 01"));
        assertThat(write.field("access")).isIn("ACCESS_VIOLATION", "OK");
        AgentReply list = AgentReply.parse(agent.exchange("8 LIST"));
        assertThat(list.field("handles")).isEqualTo("2");
        assertThat(list.objects()).hasSize(1);
        assertThat(AgentReply.parse(agent.exchange("9 UNMAP " + inst + " " + opened.field("location"))).field("status"))
                .isEqualTo("00000000");
        assertThat(AgentReply.parse(agent.exchange("10 CLOSE " + inst + " " + opened.field("handle"))).field("status"))
                .isEqualTo("00000000");
        assertThat(AgentReply.parse(agent.exchange("11 CLOSE " + inst + " " + created.field("handle"))).field("status"))
                .isEqualTo("00000000");
        assertThat(AgentReply.parse(agent.exchange("12 DETACH " + inst)).field("status")).isEqualTo("00000000");
        assertThat(agent.exchange("13 BYE")).isEqualTo("13 OK");
        assertThat(agent.exitCode(5000)).isZero();
    }

    @Test
    void end_of_input_ends_the_agent_cleanly() throws Exception {
        greet();
        agent.closeInput();
        assertThat(agent.exitCode(5000)).isZero();
    }
}
