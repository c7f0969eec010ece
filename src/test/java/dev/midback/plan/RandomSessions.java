package dev.midback.plan;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.Exercise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Journals drawn at random from a seed, as sessions oldest first: none, a few, or hundreds over
 * months with breaks; a few favourite exercises done again and again (so holds grow, sets build up
 * and harder exercises unlock), second rounds of an exercise in one session, amounts now and then
 * outside the range, unfinished items, pain that rises, pain after not given, and pain stops that
 * come in runs. Several sessions on one day, and weeks with none.
 */
public final class RandomSessions {

    private RandomSessions() {
    }

    public static List<SessionRecord> of(long seed, Catalog catalog) {
        Random random = new Random(seed);
        List<Exercise> all = catalog.exercises();
        int count = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(6);
            case 1 -> 6 + random.nextInt(40);
            case 2 -> 40 + random.nextInt(160);
            default -> 200 + random.nextInt(300);
        };
        List<Exercise> favourites = new ArrayList<>();
        for (int i = 2 + random.nextInt(5); i > 0; i--) {
            favourites.add(all.get(random.nextInt(all.size())));
        }
        // Some keep a steady rhythm, comfortably, and reach daily sessions; others come and go.
        boolean steady = random.nextBoolean();
        int usualStopChance = steady ? random.nextInt(3) : 3 + random.nextInt(10);
        int riseChance = steady ? 2 + random.nextInt(5) : 25;
        int badSpell = 0;
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(200));
        List<SessionRecord> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(100);
            day = day.plusDays(steady ? (pick < 20 ? 0 : pick < 80 ? 1 : pick < 97 ? 2 : 3 + random.nextInt(5))
                    : pick < 15 ? 0 : pick < 85 ? 1 + random.nextInt(3) : pick < 97 ? 4 + random.nextInt(6) : 10 + random.nextInt(50));
            List<SessionRecord.Done> items = new ArrayList<>();
            for (int j = 1 + random.nextInt(7); j > 0; j--) {
                Exercise e = random.nextInt(10) < 7 ? favourites.get(random.nextInt(favourites.size())) : all.get(random.nextInt(all.size()));
                var d = e.dosage();
                int amount = switch (random.nextInt(6)) {
                    case 0 -> d.min() - 1 + random.nextInt(d.max() - d.min() + 4);
                    case 1 -> 0;
                    default -> Math.max(d.min(), d.max() - random.nextInt(2));
                };
                items.add(new SessionRecord.Done(e.id(), amount, random.nextInt(100) < 88));
            }
            if (random.nextInt(5) == 0) {
                SessionRecord.Done first = items.get(0);
                items.add(new SessionRecord.Done(first.exerciseId(), Math.max(0, first.amount() - random.nextInt(3)), random.nextBoolean()));
            }
            // Now and then a bad spell of a few sessions, with pain stops close together.
            badSpell = badSpell > 0 ? badSpell - 1 : random.nextInt(40) == 0 ? 2 + random.nextInt(5) : 0;
            boolean stopped = random.nextInt(100) < (badSpell > 0 ? 40 : usualStopChance);
            int before = random.nextInt(8);
            boolean rose = random.nextInt(100) < riseChance;
            int after = random.nextInt(5) == 0 ? -1 : Math.max(0, Math.min(10, before + (rose ? 2 + random.nextInt(2) : -2 + random.nextInt(4))));
            sessions.add(new SessionRecord(day, items, before, after, stopped));
        }
        return sessions;
    }
}
