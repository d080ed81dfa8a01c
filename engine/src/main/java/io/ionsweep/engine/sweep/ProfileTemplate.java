package io.ionsweep.engine.sweep;

import io.ionsweep.engine.profile.ProfileSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A profile type with some of its parameters swept: the axes, in the order the type declares them,
 * and the factory that turns one value per axis into a {@link ProfileSpec}.
 *
 * @param type    profile type name as written in configs, e.g. {@code multisite}
 * @param axes    one axis per sweepable parameter, in declaration order (may be empty)
 * @param factory builds the profile from values in axes order
 */
public record ProfileTemplate(String type, List<Axis> axes, ProfileFactory factory) {

    public ProfileTemplate {
        if (type == null || type.isBlank() || factory == null) {
            throw new IllegalArgumentException("a profile template needs a type and a factory");
        }
        axes = List.copyOf(axes);
        Set<String> names = new HashSet<>();
        for (Axis a : axes) {
            if (!names.add(a.name())) {
                throw new IllegalArgumentException("profile axis " + a.name() + " appears twice");
            }
        }
    }

    /** A profile without swept parameters. */
    public static ProfileTemplate fixed(ProfileSpec profile, String type) {
        return new ProfileTemplate(type, List.of(), values -> profile);
    }
}
