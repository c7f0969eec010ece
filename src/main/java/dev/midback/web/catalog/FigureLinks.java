package dev.midback.web.catalog;

import dev.midback.web.http.Paths;
import dev.midback.catalog.Exercise;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The links to an exercise's figure frames, for the JSON API. */
final class FigureLinks {

    private FigureLinks() {
    }

    static List<Map<String, Object>> of(Exercise e) {
        List<String> names = e.frameNames();
        return IntStream.range(0, names.size())
                .mapToObj(i -> Map.<String, Object>of("name", names.get(i), "url", Paths.figure(e.id(), i)))
                .toList();
    }
}
