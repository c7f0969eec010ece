package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** A person on a given day, drawn at random from a seed: the request and the sessions done before. */
record Profile(long seed, PlanRequest request, List<SessionRecord> sessions) {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);

    /** Minutes 2-60, any place, any props, any level, pain 0-10 (now and then sharp); 1 in 12 has a red flag; 1 in 3 has a history. */
    static Profile random(long seed, Catalog catalog) {
        Random random = new Random(seed);
        int minutes = 2 + random.nextInt(59);
        Place place = Place.values()[random.nextInt(Place.values().length)];
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        for (Prop prop : Prop.values()) {
            if (random.nextInt(10) < 4) {
                props.add(prop);
            }
        }
        Level level = Level.values()[random.nextInt(Level.values().length)];
        PainToday pain = new PainToday(random.nextInt(11), random.nextInt(25) == 0);
        Set<Question> yes = EnumSet.noneOf(Question.class);
        for (Question q : Question.values()) {
            int chance = q.isRedFlag() ? 0 : 10;
            if (random.nextInt(100) < chance) {
                yes.add(q);
            }
        }
        if (random.nextInt(12) == 0) {
            List<Question> flags = List.of(Question.values()).stream().filter(Question::isRedFlag).toList();
            yes.add(flags.get(random.nextInt(flags.size())));
        }
        List<SessionRecord> sessions = random.nextInt(3) == 0 ? sessions(random, catalog) : List.of();
        return new Profile(seed, new PlanRequest(minutes, place, props, level, pain, new Answers(yes)), sessions);
    }

    /** The history the planner is given. */
    History history() {
        return History.of(sessions);
    }

    private static List<SessionRecord> sessions(Random random, Catalog catalog) {
        List<Exercise> all = catalog.exercises();
        List<SessionRecord> sessions = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            List<SessionRecord.Done> items = new ArrayList<>();
            int size = 2 + random.nextInt(6);
            for (int j = 0; j < size; j++) {
                Exercise e = all.get(random.nextInt(all.size()));
                if (items.stream().noneMatch(d -> d.exerciseId().equals(e.id()))) {
                    int amount = e.dosage().min() + random.nextInt(e.dosage().max() - e.dosage().min() + 1);
                    items.add(new SessionRecord.Done(e.id(), amount, random.nextInt(8) > 0));
                }
            }
            int before = random.nextInt(7);
            int after = random.nextInt(5) == 0 ? -1 : Math.max(0, Math.min(10, before - 2 + random.nextInt(6)));
            sessions.add(new SessionRecord(FIRST_DAY.plusDays(i * 2L + random.nextInt(2)), items, before, after,
                    random.nextInt(7) == 0));
        }
        return sessions;
    }

    @Override
    public String toString() {
        PlanRequest r = request;
        String said = r.answers().yes().stream().map(Question::id).sorted().collect(Collectors.joining(","));
        String owned = EnumSet.copyOf(r.props().isEmpty() ? EnumSet.noneOf(Prop.class) : EnumSet.copyOf(r.props()))
                .stream().map(Prop::id).collect(Collectors.joining(","));
        return "seed " + seed + ": " + r.minutes() + " min, " + r.place().id() + ", props [" + owned + "], "
                + r.level().id() + ", pain " + r.pain().level() + (r.pain().sharp() ? " sharp" : "") + ", yes to [" + said
                + "], " + sessions.size() + " past sessions";
    }
}
