package org.rtkconformance.adapter.agent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Unpacked files live in one per-user folder, are reused by every run, and stale leftovers are swept. */
class UnpackedFilesTests {

    @TempDir
    Path tmp;

    @Test
    void the_same_contents_are_unpacked_once_and_reused() throws IOException {
        Path first = UnpackedFiles.folder(tmp, "demo", Map.of("bin/tool", bytes("v1")), Set.of("bin/tool"));
        Path again = UnpackedFiles.folder(tmp, "demo", Map.of("bin/tool", bytes("v1")), Set.of("bin/tool"));
        Path other = UnpackedFiles.folder(tmp, "demo", Map.of("bin/tool", bytes("v2")), Set.of("bin/tool"));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first).hasParent(first.getParent());
        assertThat(first.getParent().getFileName().toString()).isEqualTo("rtk-kit-" + System.getProperty("user.name"));
        assertThat(first.resolve("bin/tool")).hasContent("v1").isExecutable();
        try (Stream<Path> staging = Files.list(first.getParent())) {
            assertThat(staging.filter(p -> p.getFileName().toString().startsWith(".staging-"))).isEmpty();
        }
    }

    @Test
    void locating_the_agent_twice_makes_no_new_folder() {
        NativeAgentBinary one = NativeAgentBinary.locate();
        org.junit.jupiter.api.Assumptions.assumeTrue(one.path().isPresent(), () -> one.unavailableReason().orElse(""));

        assertThat(NativeAgentBinary.locate().path()).isEqualTo(one.path());
        assertThat(one.path().orElseThrow().getParent().getParent().getFileName().toString()).startsWith("rtk-kit-");
    }

    @Test
    void the_sweep_removes_old_per_run_folders_and_unused_contents_and_keeps_the_rest() throws IOException {
        Path root = UnpackedFiles.userRoot(tmp);
        Instant now = Instant.now();
        Path oldRun = aged(Files.createDirectory(tmp.resolve("rtk-posix-agent123")), now.minus(Duration.ofHours(2)));
        Files.writeString(oldRun.resolve("rtk-posix-agent"), "old");
        aged(oldRun, now.minus(Duration.ofHours(2)));
        Path liveRun = Files.createDirectory(tmp.resolve("rtkapi-posix456"));
        Path unrelated = aged(Files.createDirectory(tmp.resolve("someone-else")), now.minus(Duration.ofDays(30)));
        Path unused = aged(Files.createDirectory(root.resolve("rtk-posix-agent-0123456789abcdef")), now.minus(Duration.ofDays(8)));
        Path recent = aged(Files.createDirectory(root.resolve("rtk-posix-agent-fedcba9876543210")), now.minus(Duration.ofDays(1)));
        Path abandoned = aged(Files.createDirectory(root.resolve(".staging-42")), now.minus(Duration.ofHours(3)));

        UnpackedFiles.sweep(root, now);

        assertThat(oldRun).doesNotExist();
        assertThat(unused).doesNotExist();
        assertThat(abandoned).doesNotExist();
        assertThat(liveRun).exists();
        assertThat(unrelated).exists();
        assertThat(recent).exists();
        assertThat(root).exists();
    }

    @Test
    void a_planted_link_in_place_of_the_user_folder_is_refused() throws IOException {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("rtk-kit-" + System.getProperty("user.name")), elsewhere);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnpackedFiles.userRoot(tmp)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("is not a plain folder; remove it so the kit can make its own");
    }

    private static Path aged(Path path, Instant when) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(when));
        return path;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
