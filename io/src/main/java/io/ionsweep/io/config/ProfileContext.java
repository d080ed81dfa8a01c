package io.ionsweep.io.config;

import io.ionsweep.engine.sweep.Axis;

import java.nio.file.Path;

/**
 * What a {@link ProfileMapper} may need from outside its {@code profile:} block.
 *
 * @param configDirectory the directory relative file names resolve against: the config file's directory
 *                        (the working directory for configs loaded from text); may be relative to the
 *                        working directory
 * @param temperatureK    the config's {@code temperature_K} axis (e.g. for tables written in kT)
 */
public record ProfileContext(Path configDirectory, Axis temperatureK) {

    public ProfileContext {
        if (configDirectory == null || temperatureK == null) {
            throw new IllegalArgumentException("a profile context needs a directory and the temperature axis");
        }
    }

    /** A file name from the config, resolved against {@link #configDirectory()} unless absolute. */
    public Path resolve(String fileName) {
        return configDirectory.resolve(fileName).normalize();
    }
}
