package dev.midback.web.catalog;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Coded;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.ExerciseQuery;
import dev.midback.catalog.Level;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.web.http.Paths;
import dev.midback.web.view.Choice;
import dev.midback.web.view.Labels;
import dev.midback.web.view.Link;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Builds the page records of the library, the exercise pages and the guide from the catalog. */
final class CatalogPages {

    private final Catalog catalog;

    CatalogPages(Catalog catalog) {
        this.catalog = catalog;
    }

    LibraryPage library(ExerciseQuery query) {
        List<LibraryPage.Card> cards = catalog.search(query).stream().map(this::card).toList();
        List<LibraryPage.Card> suggestions = cards.isEmpty() && query.text().isPresent()
                ? catalog.suggest(query.text().get(), 3).stream().map(id -> card(catalog.require(id))).toList()
                : List.of();
        Set<Prop> have = query.have().orElse(Set.of());
        List<Choice> props = new ArrayList<>();
        props.add(new Choice(ExerciseFilter.NO_PROPS, "Nothing at all",
                query.have().isPresent() && have.isEmpty()));
        Stream.of(Prop.values()).forEach(p -> props.add(new Choice(p.id(), Labels.of(p), have.contains(p))));
        return new LibraryPage(
                catalog.guide().notice(),
                query.text().orElse(""),
                choices(Position.values(), p -> query.position().equals(Optional.of(p))),
                props,
                choices(Movement.values(), m -> query.movement().equals(Optional.of(m))),
                choices(Level.values(), l -> query.level().equals(Optional.of(l))),
                cards,
                catalog.exercises().size(),
                suggestions);
    }

    ExercisePage exercise(Exercise e) {
        List<ExercisePage.Fact> facts = List.of(
                new ExercisePage.Fact("Position", Labels.of(e.position())),
                new ExercisePage.Fact("Kind", Labels.of(e.kind())),
                new ExercisePage.Fact("Level", Labels.of(e.level())),
                new ExercisePage.Fact("Movement", Labels.list(e.movements())),
                new ExercisePage.Fact("Works", Labels.list(e.regions())),
                new ExercisePage.Fact("Needs", Labels.needs(e)),
                new ExercisePage.Fact("Helps to have", e.optional().isEmpty() ? "nothing more" : Labels.list(e.optional())));
        return new ExercisePage(
                catalog.guide().notice(),
                e.id(),
                e.name(),
                e.aliases(),
                e.summary(),
                facts,
                pictures(e),
                Labels.dose(e),
                "The sources give " + e.dosage().describeRange() + (e.perSide() ? " a side." : "."),
                e.steps(),
                e.breathing(),
                e.cautions(),
                e.instructorFirst(),
                e.prerequisites().stream().map(id -> link(id, "comfortable first")).toList(),
                e.variants().stream().map(v -> link(v.exerciseId(), v.relation().id())).toList(),
                e.modifications().stream()
                        .map(m -> new ExercisePage.Tweak(m.name(), m.effect().id(), m.text())).toList(),
                e.sources().stream().map(s -> new ExercisePage.Cite(s.title(), s.url(), s.fact())).toList());
    }

    GuidePage guide() {
        return new GuidePage(catalog.guide().notice(), catalog.guide());
    }

    private LibraryPage.Card card(Exercise e) {
        return new LibraryPage.Card(e.name(), Paths.exercise(e.id()), Paths.figure(e.id(), 0),
                pictures(e).get(0).alt(), e.summary(), Labels.of(e.position()), Labels.of(e.level()),
                Labels.dose(e), Labels.needs(e));
    }

    private List<ExercisePage.Picture> pictures(Exercise e) {
        List<String> frames = e.frameNames();
        return IntStream.range(0, frames.size())
                .mapToObj(i -> new ExercisePage.Picture(Paths.figure(e.id(), i),
                        FigureSvg.title(e, i), frames.size() > 1 ? (i + 1) + ". " + frames.get(i) : frames.get(i)))
                .toList();
    }

    private Link link(String id, String note) {
        Exercise other = catalog.require(id);
        return new Link(Paths.exercise(id), other.name(), note);
    }

    private static <E extends Enum<E> & Coded> List<Choice> choices(E[] members, Predicate<E> picked) {
        return Stream.of(members).map(m -> new Choice(m.id(), Labels.of(m), picked.test(m))).toList();
    }
}
