package io.ionsweep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it prints. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }

    /** Writes {@code yaml} to DIR/NAME.yaml and returns its path. */
    static Path config(Path dir, String name, String yaml) throws IOException {
        Path p = dir.resolve(name + ".yaml");
        Files.writeString(p, yaml);
        return p;
    }
}
