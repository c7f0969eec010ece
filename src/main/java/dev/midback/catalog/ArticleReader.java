package dev.midback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/** Turns the parsed {@code articles.yaml} into the reference articles by file name. */
final class ArticleReader {

    Map<String, Article> read(JsonNode root, BiConsumer<String, String> problems) {
        Map<String, Article> articles = new LinkedHashMap<>();
        ProblemLog sink = new ProblemLog(problems);
        Fields.top(root, sink).ifPresent(f -> {
            f.allowOnly(Set.of("articles"));
            var list = f.objects("articles", true);
            for (int i = 0; i < list.size(); i++) {
                Fields a = list.get(i);
                a.allowOnly(Set.of("seed", "title", "url"));
                String seed = a.text("seed");
                String url = a.has("url") ? a.text("url") : null;
                if (!CatalogLoader.isSeedName(seed)) {
                    sink.accept("articles[" + i + "].seed", "is not a reference article's file name: " + seed);
                } else if (url != null && !url.startsWith("https://")) {
                    sink.accept("articles[" + i + "].url", "must be an https:// address, not " + url);
                } else if (articles.putIfAbsent(seed, new Article(seed, a.text("title"), url)) != null) {
                    sink.accept("articles[" + i + "].seed", "is listed twice: " + seed);
                }
            }
        });
        return articles;
    }
}
