package dev.midback.catalog;

import dev.midback.figure.Figure;
import dev.midback.figure.Frame;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One exercise of the catalog, as its data file describes it. {@code setup} is one short sentence
 * on getting into the starting position, short enough to say aloud while a person gets there.
 */
public record Exercise(
        String id,
        String name,
        List<String> aliases,
        Kind kind,
        Position position,
        List<PropChoice> needs,
        List<Prop> optional,
        List<Movement> movements,
        List<Region> regions,
        Level level,
        List<Demand> demands,
        String summary,
        String setup,
        Dosage dosage,
        boolean perSide,
        List<String> steps,
        String breathing,
        List<String> cautions,
        List<Variant> variants,
        List<Modification> modifications,
        List<String> prerequisites,
        boolean instructorFirst,
        List<Source> sources,
        Figure figure) {

    public Exercise {
        aliases = List.copyOf(aliases);
        needs = List.copyOf(needs);
        optional = List.copyOf(optional);
        movements = List.copyOf(movements);
        regions = List.copyOf(regions);
        demands = List.copyOf(demands);
        steps = List.copyOf(steps);
        cautions = List.copyOf(cautions);
        variants = List.copyOf(variants);
        modifications = List.copyOf(modifications);
        prerequisites = List.copyOf(prerequisites);
        sources = List.copyOf(sources);
    }

    /** True when the props a person owns meet every need of this exercise. */
    public boolean isDoableWith(Collection<Prop> owned) {
        return needs.stream().allMatch(choice -> choice.isMetBy(owned));
    }

    /** Every prop this exercise needs or can use. */
    public Set<Prop> props() {
        Set<Prop> all = new LinkedHashSet<>();
        needs.forEach(choice -> all.addAll(choice.anyOf()));
        all.addAll(optional);
        return all;
    }

    /** The movement it trains first, or null for posture work that trains none. */
    public Movement mainMovement() {
        return movements.isEmpty() ? null : movements.get(0);
    }

    /** The names of the figure's key frames, in order: "cat", "cow". */
    public List<String> frameNames() {
        return figure.frames().stream().map(Frame::name).toList();
    }

    /** The name and every alias: what a person may type to find it. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        return names;
    }
}
