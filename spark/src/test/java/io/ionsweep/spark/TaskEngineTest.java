package io.ionsweep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ionsweep.engine.run.BatchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The executor side without Spark: the shipped config must expand as on the driver. */
class TaskEngineTest {
    private static final Path CONFIG = Path.of("src/test/resources/small-sweep.yaml");

    private static SweepJob job(String resolvedYaml) throws Exception {
        String text = Files.readString(CONFIG);
        return new SweepJob(text, CONFIG.toString(), CONFIG.toAbsolutePath().getParent().toString(), "auto",
                12, 5, resolvedYaml, FailureHook.NONE);
    }

    @Test
    void anExecutorThatExpandsTheConfigDifferentlyRefusesToRun() throws Exception {
        var v = SparkSweep.validate(SparkOptions.parse(java.util.List.of(CONFIG.toString(), "--out", "unused")));
        TaskEngine engine = TaskEngine.of(job(v.sweep().resolvedYaml()));
        BatchResult b = engine.runner.computeRange(5, 10);
        assertEquals(5, b.size());
        assertEquals(5, b.configurations()[0].configId());

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TaskEngine.of(job(v.sweep().resolvedYaml().replace("0.4", "0.5"))));
        assertTrue(e.getMessage().contains("expands differently"), e.getMessage());
    }
}
