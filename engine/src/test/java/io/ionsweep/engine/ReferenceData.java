package io.ionsweep.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ionsweep.engine.physics.Species;
import io.ionsweep.engine.profile.Staircase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The 80-digit reference vectors (copied from shared/reference into test resources). */
public final class ReferenceData {
    private ReferenceData() {}

    /** One reference point: exact values as decimals, so tests can pick their own precision. */
    public record Point(double energyEv, BigDecimal transmission, double log10Transmission) {}

    public record Case(String name, Species species, Staircase profile, List<Point> points) {}

    public static JsonNode load(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/" + file);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "cases" of an independent reference (test resource /independent/FILE, from the scripts beside it). */
    public static List<JsonNode> independentCases(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/independent/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /independent/" + file);
            }
            List<JsonNode> out = new ArrayList<>();
            new ObjectMapper().readTree(in).get("cases").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Case> transmissionCases() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : load("transmission.json").get("cases")) {
            JsonNode sp = c.get("species");
            Species species = new Species(sp.get("name").asText(), sp.get("mass_u").asDouble(), sp.get("charge").asInt());
            cases.add(new Case(c.get("name").asText(), species, staircase(c.get("profile")), points(c.get("points"))));
        }
        return cases;
    }

    public static Case transmissionCase(String name) {
        return transmissionCases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** The staircase of a profile {layers: [[eV, A], ...], lead_left_eV, lead_right_eV} (leads 0 where absent). */
    public static Staircase staircase(JsonNode profile) {
        JsonNode layers = profile.get("layers");
        double[] v = new double[layers.size()];
        double[] w = new double[layers.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = layers.get(i).get(0).asDouble();
            w[i] = layers.get(i).get(1).asDouble();
        }
        return Staircase.of(profile.path("lead_left_eV").asDouble(0), profile.path("lead_right_eV").asDouble(0), v, w);
    }

    private static List<Point> points(JsonNode points) {
        List<Point> out = new ArrayList<>();
        for (JsonNode p : points) {
            out.add(new Point(Double.parseDouble(p.get("energy_eV").asText()),
                    new BigDecimal(p.get("transmission").asText()),
                    Double.parseDouble(p.get("log10_transmission").asText())));
        }
        return out;
    }
}
