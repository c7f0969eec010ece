package dev.midback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Turns the parsed {@code articles.yaml} into the sources the catalog may cite, by key: the
 * reference articles by file name ({@code seed}), the published sources by id ({@code id}), each
 * of those with its https address.
 */
final class ArticleReader {

    Map<String, Article> read(JsonNode root, BiConsumer<String, String> problems) {
        Map<String, Article> articles = new LinkedHashMap<>();
        ProblemLog sink = new ProblemLog(problems);
        Fields.top(root, sink).ifPresent(f -> {
            f.allowOnly(Set.of("articles"));
            var list = f.objects("articles", true);
            for (int i = 0; i < list.size(); i++) {
                Fields a = list.get(i);
                a.allowOnly(Set.of("seed", "id", "title", "url"));
                String where = "articles[" + i + "]";
                if (a.has("seed") == a.has("id")) {
                    sink.accept(where, "needs either seed (a reference article's file name) or id (a published source), not "
                            + (a.has("seed") ? "both" : "neither"));
                    continue;
                }
                boolean published = a.has("id");
                String key = published ? a.text("id") : a.text("seed");
                String title = a.text("title");
                String url = a.has("url") ? a.text("url") : null;
                if (!published && !CatalogLoader.isSeedName(key)) {
                    sink.accept(where + ".seed", "is not a reference article's file name: " + key);
                } else if (published && !CatalogLoader.isSourceId(key)) {
                    sink.accept(where + ".id", "must be kebab-case (lower-case words joined by hyphens), not " + key);
                } else if (published && url == null) {
                    sink.accept(where + ".url", "missing required field: a published source is cited with its address");
                } else if (url != null && !url.startsWith("https://")) {
                    sink.accept(where + ".url", "must be an https:// address, not " + url);
                } else if (articles.putIfAbsent(key, new Article(key, title, url)) != null) {
                    sink.accept(where + (published ? ".id" : ".seed"), "is listed twice: " + key);
                }
            }
        });
        return articles;
    }
}
