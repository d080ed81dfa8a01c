package io.ionsweep.io.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The profile types a config may name: adding a type is one {@link ProfileMapper} class and one line here. */
public final class ProfileMappers {
    private ProfileMappers() {}

    private static final Map<String, ProfileMapper> BY_TYPE = new LinkedHashMap<>();

    static {
        register(new LayersProfileMapper());
        register(new MultisiteProfileMapper());
        register(new EckartProfileMapper());
        register(new GaussianProfileMapper());
        register(new TableProfileMapper());
    }

    private static void register(ProfileMapper mapper) {
        if (BY_TYPE.put(mapper.type(), mapper) != null) {
            throw new IllegalStateException("profile type " + mapper.type() + " registered twice");
        }
    }

    public static Optional<ProfileMapper> forType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Type names in registration order. */
    public static List<String> types() {
        return List.copyOf(BY_TYPE.keySet());
    }
}
