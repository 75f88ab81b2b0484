package org.plenum.web.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed world map ({@code web/world-110m-paths.json}, made once by {@code tools/world-map}): Natural Earth
 * 1:110m country shapes as SVG path data projected into a {@code width × height} frame, keyed by ISO 3166-1 alpha-2
 * code, and a point for each country too small for that scale but present at 1:50m. Read once, on first use.
 */
public final class WorldShapes {

    static final String RESOURCE = "/web/world-110m-paths.json";

    private static final class Holder {
        static final WorldShapes INSTANCE = load();
    }

    private final double width;
    private final double height;
    private final Map<String, String> paths;
    private final Map<String, double[]> points;
    private final String source;

    private WorldShapes(double width, double height, Map<String, String> paths, Map<String, double[]> points, String source) {
        this.width = width;
        this.height = height;
        this.paths = paths;
        this.points = points;
        this.source = source;
    }

    public static WorldShapes get() {
        return Holder.INSTANCE;
    }

    private static WorldShapes load() {
        try (InputStream in = WorldShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The world map resource " + RESOURCE + " is not on the class path");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, String> paths = new LinkedHashMap<>();
            root.get("paths").properties().forEach(e -> paths.put(e.getKey(), e.getValue().asString()));
            Map<String, double[]> points = new LinkedHashMap<>();
            root.get("points").properties().forEach(e -> points.put(e.getKey(),
                    new double[] {e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble()}));
            return new WorldShapes(root.get("width").asDouble(), root.get("height").asDouble(), Map.copyOf(paths),
                    Map.copyOf(points), root.get("source").asString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the world map resource " + RESOURCE, e);
        }
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Where the shapes come from and under which licence. */
    public String source() {
        return source;
    }

    /** The SVG path data of a country's shape, by alpha-2 code. */
    public Optional<String> path(String alpha2) {
        return Optional.ofNullable(paths.get(alpha2));
    }

    /** Where a country too small for a shape is drawn as a dot (x, y). */
    public Optional<double[]> point(String alpha2) {
        double[] p = points.get(alpha2);
        return p == null ? Optional.empty() : Optional.of(p.clone());
    }

    /** Whether a country is drawn, as a shape or as a dot. */
    public boolean drawn(String alpha2) {
        return paths.containsKey(alpha2) || points.containsKey(alpha2);
    }

    public java.util.Set<String> shapeCodes() {
        return paths.keySet();
    }

    public java.util.Set<String> pointCodes() {
        return points.keySet();
    }
}
