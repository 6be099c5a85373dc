package org.rtkconformance.adapter.agent;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files the client copies out of its jar to execute or compile against (the agent binary, the header and
 * library), kept in one folder per user, {@code <tmp>/rtk-kit-<user>/<what>-<hash of the contents>/}, and
 * reused by every later run with the same contents. Nothing is made per run, so nothing is left behind per
 * run, even after kill -9 (deleteOnExit never runs then). The first use in a JVM sweeps what is stale: the
 * per-run folders earlier versions made ({@code rtk-posix-agent*}, {@code rtkapi-posix*}) once an hour old,
 * unfinished copies once an hour old, and content folders no run has used for a week.
 */
final class UnpackedFiles {

    /** Older than this, a per-run folder of an earlier version belongs to no live run (the suite takes minutes). */
    static final Duration STALE_RUN_FOLDER = Duration.ofHours(1);
    /** Unused this long, a content folder is of a kit version no longer run here. */
    static final Duration STALE_CONTENT = Duration.ofDays(7);
    private static final String COMPLETE = ".complete";
    private static final Set<String> LEGACY_PREFIXES = Set.of("rtk-posix-agent", "rtkapi-posix");

    private static boolean swept;

    private UnpackedFiles() {
    }

    /**
     * The folder holding {@code files} (relative path to contents), made once per distinct contents.
     *
     * @param executable the relative paths to mark executable
     */
    static Path folder(String what, Map<String, byte[]> files, Set<String> executable) throws IOException {
        return folder(Path.of(System.getProperty("java.io.tmpdir")), what, files, executable);
    }

    /** {@link #folder(String, Map, Set)} under the temporary folder {@code tmp}. */
    static synchronized Path folder(Path tmp, String what, Map<String, byte[]> files, Set<String> executable) throws IOException {
        Path root = userRoot(tmp);
        if (!swept) {
            swept = true;
            sweep(root, Instant.now());
        }
        Path target = root.resolve(what + "-" + hash(files));
        if (Files.isRegularFile(target.resolve(COMPLETE), LinkOption.NOFOLLOW_LINKS)) {
            // Used now: the weekly sweep keeps it.
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return target;
        }
        Path staging = Files.createTempDirectory(root, ".staging-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = staging.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            if (executable.contains(file.getKey()) && !path.toFile().setExecutable(true, true)) {
                throw new IOException("cannot mark " + path + " executable");
            }
        }
        Files.createFile(staging.resolve(COMPLETE));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException raced) {
            // Another JVM finished the same copy first, or an unfinished one is in the way: use or replace it.
            if (!Files.isRegularFile(target.resolve(COMPLETE))) {
                deleteTree(target);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return target;
            }
            deleteTree(staging);
        }
        return target;
    }

    /** {@code <tmp>/rtk-kit-<user>}, made private to this user; refused when someone else could have planted it. */
    static Path userRoot(Path tmp) throws IOException {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path root = tmp.resolve("rtk-kit-" + user);
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException raced) {
                // made by a concurrent run of the same user; checked below
            }
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(root + " is not a plain folder; remove it so the kit can make its own");
        }
        String owner = Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).getName();
        if (!owner.equals(System.getProperty("user.name"))) {
            throw new IOException(root + " belongs to " + owner + ", not to " + System.getProperty("user.name"));
        }
        return root;
    }

    /** Removes what is stale (see the class comment); anything that cannot be removed is left for the next run. */
    static void sweep(Path root, Instant now) {
        Path tmp = root.getParent();
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> LEGACY_PREFIXES.stream().anyMatch(prefix -> p.getFileName().toString().startsWith(prefix)))
                    .filter(p -> ownedDirectoryOlderThan(p, now, STALE_RUN_FOLDER)).forEach(UnpackedFiles::deleteQuietly);
        } catch (IOException e) {
            // an unreadable temporary folder: nothing to sweep
        }
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(p -> p.getFileName().toString().startsWith(".staging-")
                            ? ownedDirectoryOlderThan(p, now, STALE_RUN_FOLDER) : ownedDirectoryOlderThan(p, now, STALE_CONTENT))
                    .forEach(UnpackedFiles::deleteQuietly);
        } catch (IOException e) {
            // as above
        }
    }

    private static boolean ownedDirectoryOlderThan(Path path, Instant now, Duration age) {
        try {
            return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                    && Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(now.minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path tree) {
        try {
            deleteTree(tree);
        } catch (IOException e) {
            // in use or not ours to remove: the next run tries again
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
