package dev.midback.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.midback.figure.BodyRegion;
import dev.midback.figure.ContactCheck;
import dev.midback.figure.Figure;
import dev.midback.figure.FigureReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** Turns the parsed data file of one exercise into an {@link Exercise}, reporting what is wrong with it. */
final class ExerciseReader {

    private static final Set<String> FIELDS = Set.of(
            "id", "name", "aliases", "kind", "position", "needs", "optional", "movements", "regions", "level", "demands",
            "summary", "setup", "dosage", "perSide", "steps", "breathing", "cautions", "variants", "modifications",
            "prerequisites", "instructorFirst", "sources", "figure");
    private static final Set<String> DOSAGE_FIELDS = Set.of("unit", "default", "min", "max", "minSets", "sets", "maxSets", "secondsEach");
    /** The longest setup sentence: about what can be said in the seconds given to get into position. */
    static final int SETUP_LENGTH = 110;
    private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final FigureReader figures = new FigureReader();
    private final ContactCheck contacts = new ContactCheck();
    private final Map<String, Article> articles;

    /** A reader that cites the given reference articles, by file name. */
    ExerciseReader(Map<String, Article> articles) {
        this.articles = articles;
    }

    /** The exercise, or empty when any problem was reported. */
    Optional<Exercise> read(JsonNode root, BiConsumer<String, String> problems) {
        ProblemLog sink = new ProblemLog(problems);
        Optional<Fields> top = Fields.top(root, sink);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        f.allowOnly(FIELDS);
        String id = f.text("id");
        if (!id.isEmpty() && !KEBAB_ID.matcher(id).matches()) {
            f.report("id", "must be kebab-case (lower-case words joined by hyphens), not " + id);
        }
        List<PropChoice> needs = needs(f);
        Dosage dosage = f.object("dosage").map(ExerciseReader::dosage).orElse(null);
        Figure figure = f.has("figure")
                ? figures.read(f.raw("figure"), (field, message) -> sink.accept("figure." + field, message))
                : missing(f, "figure");
        if (figure != null && sink.isClean()) {
            contacts.check(figure, (field, message) -> sink.accept("figure." + field, message));
        }
        Kind kind = f.choice("kind", Kind.class);
        List<Movement> movements = f.choices("movements", Movement.class, false);
        if (!f.has("movements")) {
            f.report("movements", "missing required field (write [] for posture work)");
        } else if (movements.isEmpty() && kind != null && kind != Kind.POSTURE) {
            f.report("movements", "only posture work may train no movement");
        }
        List<Region> regions = f.choices("regions", Region.class, true);
        Exercise exercise = new Exercise(
                id,
                f.text("name"),
                f.texts("aliases", false),
                kind,
                f.choice("position", Position.class),
                needs,
                f.choices("optional", Prop.class, false),
                movements,
                regions,
                f.choice("level", Level.class),
                f.choices("demands", Demand.class, false),
                f.text("summary"),
                setup(f),
                dosage,
                f.flag("perSide", false),
                f.texts("steps", true),
                f.text("breathing"),
                f.texts("cautions", true),
                variants(f),
                modifications(f),
                f.texts("prerequisites", false),
                f.flag("instructorFirst", false),
                sources(f, "sources", articles),
                figure == null ? null : figure.working(regions.stream().map(r -> BodyRegion.valueOf(r.name())).toList()));
        return sink.isClean() ? Optional.of(exercise) : Optional.empty();
    }

    /**
     * The sources of a field, each with the title and address of what it cites: {@code seed} names a
     * reference article by its file name, {@code article} a published source by its id; either must
     * be listed in articles.yaml.
     */
    static List<Source> sources(Fields f, String name, Map<String, Article> articles) {
        List<Fields> listed = f.objects(name, true);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            Fields s = listed.get(i);
            s.allowOnly(Set.of("seed", "article", "fact"));
            String where = name + "[" + i + "]";
            if (s.has("seed") == s.has("article")) {
                f.report(where, "needs either seed (a reference article's file name) or article (the id of a published source), not "
                        + (s.has("seed") ? "both" : "neither"));
                continue;
            }
            boolean published = s.has("article");
            String key = published ? s.text("article") : s.text("seed");
            Article article = articles.get(key);
            if (!published && !CatalogLoader.isSeedName(key)) {
                f.report(where + ".seed", "is not a reference article's file name: " + key);
            } else if (published && (article == null || CatalogLoader.isSeedName(key))) {
                f.report(where + ".article", "is not one of the published sources listed in articles.yaml: " + key);
            } else if (article == null) {
                f.report(where + ".seed", "is not one of the articles listed in articles.yaml: " + key);
            }
            sources.add(new Source(key, s.text("fact"), article == null ? null : article.title(), article == null ? null : article.url()));
        }
        return sources;
    }

    /** The way into the starting position: one sentence, short enough to say while getting there. */
    private static String setup(Fields f) {
        String setup = f.text("setup");
        if (setup.length() > SETUP_LENGTH) {
            f.report("setup", "must be one short sentence of at most " + SETUP_LENGTH + " characters, not " + setup.length());
        } else if (!setup.isEmpty() && !setup.endsWith(".")) {
            f.report("setup", "must be one sentence ending with a full stop");
        }
        return setup;
    }

    private static <T> T missing(Fields f, String name) {
        f.report(name, "missing required field");
        return null;
    }

    private static List<PropChoice> needs(Fields f) {
        List<PropChoice> needs = new ArrayList<>();
        List<JsonNode> groups = f.list("needs", false);
        if (!f.has("needs")) {
            f.report("needs", "missing required field (write [] when nothing is needed)");
        }
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = groups.get(i);
            String where = "needs[" + i + "]";
            if (!group.isArray() || group.isEmpty()) {
                f.report(where, "must be a non-empty list of alternative props, as in [towel, blanket]");
                continue;
            }
            List<Prop> anyOf = new ArrayList<>();
            for (int j = 0; j < group.size(); j++) {
                JsonNode prop = group.get(j);
                Optional<Prop> parsed = prop.isTextual() ? Coded.parse(Prop.class, prop.asText()) : Optional.empty();
                parsed.ifPresentOrElse(anyOf::add, () -> f.report(where + "[" + anyOf.size() + "]",
                        "unknown prop " + prop + " (one of: " + String.join(", ", Coded.ids(Prop.class)) + ")"));
            }
            if (anyOf.size() == group.size()) {
                needs.add(new PropChoice(anyOf));
            }
        }
        return needs;
    }

    private static Dosage dosage(Fields d) {
        d.allowOnly(DOSAGE_FIELDS);
        DosageUnit unit = d.choice("unit", DosageUnit.class);
        int amount = d.integer("default");
        int min = d.integer("min");
        int max = d.integer("max");
        int sets = d.optionalInteger("sets", 1);
        int maxSets = d.optionalInteger("maxSets", sets);
        int minSets = d.optionalInteger("minSets", 1);
        int secondsEach = d.optionalInteger("secondsEach", 0);
        boolean ok = unit != null;
        if (min < 1 || max < min) {
            d.report("min", "the range " + min + "-" + max + " is empty or below 1");
            ok = false;
        } else if (amount < min || amount > max) {
            d.report("default", "default " + amount + " is outside its range " + min + "-" + max);
            ok = false;
        }
        if (sets < 1 || maxSets < sets) {
            d.report("maxSets", "sets " + sets + " and maxSets " + maxSets + " need 1 <= sets <= maxSets");
            ok = false;
        } else if (minSets < 1 || minSets > sets) {
            d.report("minSets", "minSets " + minSets + " and sets " + sets + " need 1 <= minSets <= sets");
            ok = false;
        }
        if (unit == DosageUnit.REPS || unit == DosageUnit.BREATHS) {
            if (secondsEach < 1) {
                d.report("secondsEach", "needed for " + unit.id() + ": the seconds one takes");
                ok = false;
            }
        } else if (unit != null && d.has("secondsEach")) {
            d.report("secondsEach", "only reps and breaths take secondsEach");
            ok = false;
        }
        return ok ? new Dosage(unit, amount, min, max, minSets, sets, maxSets, secondsEach) : null;
    }

    private static List<Variant> variants(Fields f) {
        return f.objects("variants", false).stream().map(v -> {
            v.allowOnly(Set.of("id", "relation"));
            return new Variant(v.text("id"), v.choice("relation", Relation.class));
        }).toList();
    }

    private static List<Modification> modifications(Fields f) {
        return f.objects("modifications", false).stream().map(m -> {
            m.allowOnly(Set.of("name", "effect", "text"));
            return new Modification(m.text("name"), m.choice("effect", Effect.class), m.text("text"));
        }).toList();
    }
}
