package io.ionsweep.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The reference: the real {@code ionsweep run CONFIG --out DIR} (cli's shaded jar, built earlier in the
 * reactor) in a child JVM, whose Parquet writer and library versions are its own, not Spark's.
 */
final class LocalRun {
    private LocalRun() {}

    static void run(Path config, Path out, String... extra) throws Exception {
        Path jar = Path.of(System.getProperty("ionsweep.cli.jar", "../cli/target/ionsweep.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the cli jar " + jar + " is missing: build with mvn verify -Pspark from the root");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new java.util.ArrayList<>(List.of(java.toString(), "--add-modules", "jdk.incubator.vector",
                "-jar", jar.toString(), "run", config.toString(), "--out", out.toString(), "--quiet"));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("ionsweep run failed: " + output);
        }
    }
}
