package io.ionsweep.io.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Opens an output directory for a run: a new one, or an interrupted one to resume. Resuming
 * keeps exactly the parts the manifest lists (their files present with the recorded size) and
 * deletes everything else a crash may have left: temporary files and parts renamed into place
 * whose manifest update never happened.
 */
public final class DatasetDirectory {
    private DatasetDirectory() {}

    /**
     * The manifest to continue: a fresh one (given) for a new run, the stored one for a resume.
     *
     * @param tables the tables written part by part, every one of which a finished part has; derived
     *               tables ({@link Tables#isDerived}) of the fresh manifest keep their intact listed parts
     */
    public static Manifest prepare(Path dir, boolean resume, Manifest fresh, List<String> tables) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DatasetException("--out " + dir + ": exists and is not a directory");
        }
        boolean empty = !Files.exists(dir) || isEmpty(dir);
        if (!empty && !resume) {
            throw new DatasetException("--out " + dir + ": directory is not empty; add --resume to continue an "
                    + "interrupted run there, or choose a new directory");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DatasetException("--out " + dir + ": cannot create the directory (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new DatasetException("--out " + dir + ": directory is not writable");
        }
        if (empty) {
            fresh.write(dir);
            return fresh;
        }
        if (!Files.exists(dir.resolve(Manifest.FILE))) {
            throw new DatasetException("--out " + dir + ": not an ionsweep dataset (no " + Manifest.FILE
                    + "); --resume needs the directory of an earlier run");
        }
        Manifest stored = Manifest.read(dir);
        if (!stored.configSha256.equals(fresh.configSha256)) {
            throw new DatasetException("--out " + dir + ": was made from a different config (sha256 "
                    + stored.configSha256.substring(0, 12) + "... vs " + fresh.configSha256.substring(0, 12)
                    + "...); resume with the same config, or choose a new directory");
        }
        if (stored.shardIndex != fresh.shardIndex || stored.shardCount != fresh.shardCount) {
            throw new DatasetException("--out " + dir + ": holds shard " + stored.shardIndex + "/" + stored.shardCount
                    + ", not " + fresh.shardIndex + "/" + fresh.shardCount);
        }
        if (stored.configsPerPart != fresh.configsPerPart || stored.spectraStride != fresh.spectraStride
                || !stored.tables.keySet().equals(fresh.tables.keySet())) {
            throw new DatasetException("--out " + dir + ": was made with other output settings; resume with the same ones");
        }
        stored.parts.removeIf(p -> !intact(dir, p));
        // Only parts whose every table is present count as done; the rest is redone. Parts of derived
        // tables stand alone (they are rewritten at the end of the run where missing).
        java.util.Map<Long, Set<String>> tablesOfPart = new java.util.HashMap<>();
        stored.parts.stream().filter(p -> !Tables.isDerived(p.table()))
                .forEach(p -> tablesOfPart.computeIfAbsent(p.part(), k -> new HashSet<>()).add(p.table()));
        stored.parts.removeIf(p -> !Tables.isDerived(p.table()) && !tablesOfPart.get(p.part()).containsAll(tables));
        Set<String> listed = stored.parts.stream().map(Manifest.PartEntry::file).collect(Collectors.toSet());
        List<String> cleaned = new java.util.ArrayList<>(tables);
        stored.tables.keySet().stream().filter(Tables::isDerived).forEach(cleaned::add);
        for (String table : cleaned) {
            Path t = dir.resolve(table);
            if (!Files.isDirectory(t)) {
                continue;
            }
            try (Stream<Path> files = Files.list(t)) {
                for (Path f : files.toList()) {
                    String rel = table + "/" + f.getFileName();
                    if (!listed.contains(rel)) {
                        Files.delete(f); // temp file or an unrecorded part: redone by this run
                    }
                }
            }
        }
        stored.configurationsDone = stored.parts.stream().filter(p -> p.table().equals(tables.get(0)))
                .mapToLong(p -> p.endConfigId() - p.firstConfigId()).sum();
        stored.status = "running";
        stored.ended = null;
        stored.write(dir);
        return stored;
    }

    /** Part indices finished in this manifest (prepare keeps only parts with every table); derived tables aside. */
    public static Set<Long> finishedParts(Manifest m) {
        Set<Long> done = new HashSet<>();
        m.parts.stream().filter(p -> !Tables.isDerived(p.table())).forEach(p -> done.add(p.part()));
        return done;
    }

    private static boolean intact(Path dir, Manifest.PartEntry p) {
        try {
            Path f = dir.resolve(p.file());
            return Files.isRegularFile(f) && Files.size(f) == p.bytes();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
