package dev.midback.web.catalog;

import dev.midback.catalog.Exercise;
import dev.midback.web.http.Paths;
import java.util.LinkedHashMap;
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
                .mapToObj(i -> link(names.get(i), Paths.figure(e.id(), i)))
                .toList();
    }

    private static Map<String, Object> link(String name, String url) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("name", name);
        link.put("url", url);
        return link;
    }
}
