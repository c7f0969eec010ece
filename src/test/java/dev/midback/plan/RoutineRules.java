package dev.midback.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Catalog;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Kind;
import dev.midback.catalog.Movement;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.catalog.Relation;
import dev.midback.catalog.Variant;
import dev.midback.safety.Clearance;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Verdict;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The rules every routine keeps, one checker each, written apart from the planner's code: each
 * failure names the rule, the profile (with its seed) and the routine.
 */
final class RoutineRules {

    static final int TRANSITION = 10;
    static final int REST = 10;
    static final int UNLOCK_AFTER = 3;

    private final Catalog catalog;
    private final SafetyScreen screen = new SafetyScreen();

    RoutineRules(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Every rule by name, in the order they are checked. */
    Map<String, BiConsumer<Profile, Routine>> all() {
        Map<String, BiConsumer<Profile, Routine>> rules = new LinkedHashMap<>();
        rules.put("screening first", this::screeningFirst);
        rules.put("warm-up first", this::warmUpFirst);
        rules.put("props, place and screening", this::propsPlaceAndScreening);
        rules.put("level and unlocks", this::levelAndUnlocks);
        rules.put("dosage in range, both sides, passive backbends at most 5 minutes", this::dosage);
        rules.put("seconds counted honestly", this::secondsCountedHonestly);
        rules.put("time within 10% or every exercise at its fullest", this::timeFits);
        rules.put("extension and rotation from 5 minutes", this::extensionAndRotation);
        rules.put("strength work only with own props", this::strengthWithOwnProps);
        rules.put("strong pain gentle only, worst or sharp pain stop", this::painToday);
        rules.put("cool-down last", this::coolDownLast);
        rules.put("every item has a plain reason", this::reasons);
        rules.put("variety", this::variety);
        rules.put("step back after pain", this::stepBack);
        rules.put("repeated pain stops advise a professional", this::repeatedPainStops);
        rules.put("strength work builds up from one set", this::strengthBuildsUp);
        rules.put("never before the easier exercise it builds on", this::easierFirst);
        rules.put("every dose a full dose", this::fullDoses);
        rules.put("swaps that suit the person and fit the item", this::swaps);
        rules.put("the key caution is the exercise's own", this::keyCaution);
        return rules;
    }

    void screeningFirst(Profile p, Routine r) {
        Clearance c = clearance(p);
        if (c.verdict() == Verdict.STOP) {
            assertThat(r.items()).as("no items on stop").isEmpty();
            assertThat(r.totalSeconds()).as("no time on stop").isZero();
            assertThat(r.advice()).as("the screen's advice").isEqualTo(c.advice());
            return;
        }
        assertThat(r.verdict()).isEqualTo(c.verdict());
        assertThat(r.advice().subList(0, c.advice().size())).as("the screen's advice comes first").isEqualTo(c.advice());
        assertThat(r.items()).as("items allowed by the screening").allSatisfy(i -> assertThat(c.allows(ex(i))).isTrue());
    }

    void warmUpFirst(Profile p, Routine r) {
        if (r.items().isEmpty()) {
            return;
        }
        RoutineItem first = r.items().get(0);
        assertThat(first.phase()).as("first item").isEqualTo(Phase.WARM_UP);
        assertThat(r.items().stream().filter(i -> i.phase() == Phase.WARM_UP).count()).as("one warm-up").isEqualTo(1);
        if (p.request().place().allows(Position.ALL_FOURS)) {
            assertThat(first.exerciseId()).as("warm-up where the floor is allowed").isEqualTo("cat-cow");
        } else {
            assertThat(ex(first).position()).as("warm-up at a desk").isIn(Position.STANDING, Position.SEATED_CHAIR);
            assertThat(ex(first).kind()).as("warm-up at a desk").isNotEqualTo(Kind.STRENGTH);
        }
        boolean desk = p.request().place() == Place.DESK;
        boolean walk = r.advice().stream().anyMatch(a -> a.contains("5-10 minutes") && a.contains("brisk walk"));
        boolean onTheSpot = r.advice().stream().anyMatch(a -> a.contains("march on the spot") && a.contains("roll your shoulders"));
        assertThat(desk ? onTheSpot : walk).as("warm-up advice exactly when 10 minutes or more").isEqualTo(p.request().minutes() >= 10);
        assertThat(desk ? walk : onTheSpot).as("warm-up advice that fits the place").isFalse();
        if (!p.request().place().allows(Position.ALL_FOURS) && eligible(p).stream().anyMatch(e -> e.id().equals("shoulder-rolls"))) {
            assertThat(first.exerciseId()).as("warm-up at a desk").isEqualTo("shoulder-rolls");
        }
    }

    void propsPlaceAndScreening(Profile p, Routine r) {
        Clearance c = clearance(p);
        for (RoutineItem i : r.items()) {
            Exercise e = ex(i);
            assertThat(e.isDoableWith(owned(p))).as(i.exerciseId() + " needs props the person owns").isTrue();
            assertThat(p.request().place().allows(e.position())).as(i.exerciseId() + " position allowed by the place").isTrue();
            assertThat(c.whyNot(e)).as(i.exerciseId() + " allowed by the screening").isEmpty();
        }
    }

    void levelAndUnlocks(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            Exercise e = ex(i);
            assertThat(e.level()).as(i.exerciseId() + " level").isLessThanOrEqualTo(p.request().level());
            assertThat(e.instructorFirst()).as(i.exerciseId() + " needs an instructor").isFalse();
            for (String pre : e.prerequisites()) {
                assertThat(comfortable(pre, p.sessions())).as(i.exerciseId() + " prerequisite " + pre + " done comfortably")
                        .isGreaterThanOrEqualTo(UNLOCK_AFTER);
            }
            List<Exercise> easier = easierVariants(e).stream().filter(x -> x.isDoableWith(owned(p))).toList();
            if (!easier.isEmpty()) {
                assertThat(easier).as(i.exerciseId() + " unlocked by an easier variant done comfortably 3 times")
                        .anyMatch(x -> comfortable(x.id(), p.sessions()) >= UNLOCK_AFTER);
            }
        }
    }

    void dosage(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            var d = ex(i).dosage();
            assertThat(i.unit()).as(i.exerciseId() + " unit").isEqualTo(d.unit());
            assertThat(i.perSide()).as(i.exerciseId() + " both sides").isEqualTo(ex(i).perSide());
            assertThat(i.amount()).as(i.exerciseId() + " amount in range").isBetween(d.min(), d.max());
            assertThat(i.sets()).as(i.exerciseId() + " sets").isBetween(d.minSets(), d.maxSets());
            if (i.exerciseId().startsWith("passive-backbend")) {
                assertThat(i.amount() * i.sets()).as(i.exerciseId() + " minutes at a time").isLessThanOrEqualTo(5);
            }
        }
    }

    void secondsCountedHonestly(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            var d = ex(i).dosage();
            int one = switch (i.unit()) {
                case SECONDS -> i.amount();
                case MINUTES -> i.amount() * 60;
                case REPS, BREATHS -> i.amount() * d.secondsEach();
            };
            int expected = TRANSITION + one * i.sets() * (i.perSide() ? 2 : 1) + REST * (i.sets() - 1);
            assertThat(i.seconds()).as(i.exerciseId() + " seconds").isEqualTo(expected);
        }
        assertThat(r.totalSeconds()).as("total is the sum of the items").isEqualTo(r.items().stream().mapToInt(RoutineItem::seconds).sum());
    }

    void timeFits(Profile p, Routine r) {
        if (r.verdict() == Verdict.STOP) {
            return;
        }
        int asked = p.request().minutes() * 60;
        assertThat(r.totalSeconds()).as("at most 10% over").isLessThanOrEqualTo(asked * 11 / 10);
        if (r.totalSeconds() >= Math.ceil(asked * 0.9)) {
            return;
        }
        assertThat(r.advice()).as("says the routine is shorter than asked")
                .anyMatch(a -> a.contains("less than the " + p.request().minutes() + " minutes you asked for"));
        if (lastWasBad(p.sessions())) {
            return;
        }
        int most = asked * 11 / 10;
        int leastOfAll = r.items().stream().mapToInt(i -> leastFullDose(ex(i))).sum();
        Set<String> planned = r.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
        boolean hasRelease = r.items().stream().anyMatch(i -> ex(i).kind() == Kind.RELEASE);
        assertThat(eligible(p)).as("no exercise that suits is left out of a short routine while it would fit")
                .allMatch(e -> planned.contains(e.id()) || leastOfAll + leastFullDose(e) > most
                        || hasRelease && e.kind() == Kind.RELEASE);
        for (RoutineItem i : r.items()) {
            assertThat(r.totalSeconds() + nextStep(i)).as(i.exerciseId() + " as long as it can be in a short routine")
                    .isGreaterThan(most);
        }
    }

    /** Seconds one more set, or else one more step of amount, would add; a lot when at the top already or for strength work. */
    private int nextStep(RoutineItem i) {
        var d = ex(i).dosage();
        if (ex(i).kind() == Kind.STRENGTH) {
            return Integer.MAX_VALUE / 2;
        }
        int top = i.exerciseId().startsWith("passive-backbend") ? Math.min(5, d.max()) : d.max();
        int one = switch (i.unit()) {
            case SECONDS -> 1;
            case MINUTES -> 60;
            case REPS, BREATHS -> d.secondsEach();
        };
        int sides = i.perSide() ? 2 : 1;
        int setStep = i.sets() < d.maxSets() ? one * i.amount() * sides + REST : Integer.MAX_VALUE / 2;
        int amountStep = i.amount() < top
                ? one * Math.min(top - i.amount(), i.unit() == DosageUnit.SECONDS ? 5 : 1) * sides * i.sets()
                : Integer.MAX_VALUE / 2;
        return Math.min(setStep, amountStep);
    }

    void extensionAndRotation(Profile p, Routine r) {
        if (r.verdict() == Verdict.STOP || p.request().minutes() < 5) {
            return;
        }
        checkMovement(p, r, Movement.EXTENSION, "No bending backward exercise");
        checkMovement(p, r, Movement.ROTATION, "No twisting exercise");
        if (p.request().answers().said(Question.OSTEOPOROSIS)) {
            assertThat(r.advice()).as("osteoporosis: says twisting is left out").anyMatch(a -> a.contains("No twisting exercise today: twisting is left out with osteoporosis"));
        }
    }

    private void checkMovement(Profile p, Routine r, Movement m, String advice) {
        boolean present = r.items().stream().anyMatch(i -> ex(i).movements().contains(m));
        if (!present) {
            assertThat(r.advice()).as("says why there is no " + m.id()).anyMatch(a -> a.startsWith(advice));
            assertThat(eligible(p)).as("no " + m.id() + " exercise suits").noneMatch(e -> e.movements().contains(m));
        }
    }

    void strengthWithOwnProps(Profile p, Routine r) {
        r.items().stream().map(this::ex).filter(e -> e.kind() == Kind.STRENGTH && !e.needs().isEmpty())
                .forEach(e -> assertThat(e.isDoableWith(owned(p))).as(e.id() + " props owned").isTrue());
    }

    void painToday(Profile p, Routine r) {
        var pain = p.request().pain();
        if (pain.level() == 10 || pain.sharp()) {
            assertThat(r.verdict()).as("worst or sharp pain").isEqualTo(Verdict.STOP);
            assertThat(r.items()).isEmpty();
        } else if (pain.level() >= 7 && r.verdict() != Verdict.STOP) {
            assertThat(r.items()).as("gentle only with pain " + pain.level()).allMatch(i -> Clearance.isGentle(ex(i)));
            assertThat(r.advice()).as("strong pain advice").anyMatch(a -> a.contains("strong today"));
        }
    }

    void coolDownLast(Profile p, Routine r) {
        List<RoutineItem> cool = r.items().stream().filter(i -> i.phase() == Phase.COOL_DOWN).toList();
        assertThat(cool).as("at most one cool-down").hasSizeLessThanOrEqualTo(1);
        if (!cool.isEmpty()) {
            assertThat(r.items().get(r.items().size() - 1)).as("cool-down last").isEqualTo(cool.get(0));
            assertThat(Clearance.isGentle(ex(cool.get(0)))).as("gentle cool-down").isTrue();
        }
        for (int k = 1; k < r.items().size() - cool.size(); k++) {
            assertThat(r.items().get(k).phase()).as("main part between").isEqualTo(Phase.MAIN);
        }
        if (r.verdict() != Verdict.STOP && p.request().minutes() >= 5 && !lastWasBad(p.sessions())) {
            Set<String> planned = r.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
            boolean unusedStretch = eligible(p).stream().anyMatch(e -> !planned.contains(e.id()) && Clearance.isGentle(e)
                    && e.kind() != Kind.MOBILITY && e.kind() != Kind.STRENGTH && leastFullDose(e) <= 60);
            if (unusedStretch) {
                assertThat(cool).as("a cool-down when time and a gentle stretch allow").isNotEmpty();
            }
        }
    }

    void reasons(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            assertThat(i.reason()).as(i.exerciseId() + " reason").isNotBlank();
            String start = switch (i.phase()) {
                case WARM_UP -> "warm-up: ";
                case COOL_DOWN -> "cool-down: ";
                case MAIN -> i.reason().substring(0, i.reason().indexOf(':') + 2);
            };
            assertThat(i.reason()).as(i.exerciseId() + " reason starts with its role").startsWith(start);
            if (i.phase() == Phase.MAIN) {
                assertThat(start).as(i.exerciseId() + " role").isIn("extension: ", "rotation: ", "flexion: ", "side-bend: ",
                        "neck: ", "strength: ", "posture: ");
            }
            if (!ex(i).needs().isEmpty()) {
                assertThat(i.reason()).as(i.exerciseId() + " names the prop owned").contains("you own ");
            }
        }
    }

    void variety(Profile p, Routine r) {
        List<String> ids = r.items().stream().filter(i -> !i.reason().endsWith(RoutinePlanner.SECOND_ROUND))
                .map(RoutineItem::exerciseId).toList();
        assertThat(ids).as("no exercise twice but in a second round").doesNotHaveDuplicates();
        for (int i = 1; i < r.items().size(); i++) {
            assertThat(r.items().get(i).exerciseId()).as("item " + (i + 1) + " is not the exercise just done")
                    .isNotEqualTo(r.items().get(i - 1).exerciseId());
        }
        assertThat(r.items().stream().filter(i -> ex(i).kind() == Kind.RELEASE).map(RoutineItem::exerciseId).distinct())
                .as("at most one passive release (5 minutes at a time over a prop)").hasSizeLessThanOrEqualTo(1);
        List<RoutineItem> again = r.items().stream().filter(i -> i.reason().endsWith(RoutinePlanner.SECOND_ROUND)).toList();
        for (RoutineItem i : again) {
            assertThat(i.phase()).as("only the main part is done twice").isEqualTo(Phase.MAIN);
            assertThat(ex(i).kind()).as("strength work and passive releases are never doubled").isNotIn(Kind.STRENGTH, Kind.RELEASE);
            assertThat(ids).as(i.exerciseId() + " done a second time was in the first round").contains(i.exerciseId());
        }
        if (!again.isEmpty()) {
            int firstRoundTotal = r.items().stream().filter(i -> !again.contains(i)).mapToInt(RoutineItem::seconds).sum();
            assertThat(firstRoundTotal).as("a second round only when one round falls short")
                    .isLessThan((int) Math.ceil(p.request().minutes() * 60 * 0.9));
            assertThat(lastWasBad(p.sessions())).as("no second round after pain").isFalse();
        }
        List<RoutineItem> main = r.items().stream()
                .filter(i -> i.phase() == Phase.MAIN && !i.reason().endsWith(RoutinePlanner.SECOND_ROUND)).toList();
        if (main.size() >= 3) {
            long movements = r.items().stream().filter(i -> i.phase() != Phase.COOL_DOWN)
                    .flatMap(i -> ex(i).movements().stream()).distinct().count();
            assertThat(movements).as("warm-up and main part cover more than one movement").isGreaterThanOrEqualTo(2);
        }
    }

    void stepBack(Profile p, Routine r) {
        if (!lastWasBad(p.sessions()) || r.items().isEmpty()) {
            return;
        }
        SessionRecord last = p.sessions().get(p.sessions().size() - 1);
        assertThat(r.advice()).as("says today is easier").anyMatch(a -> a.contains("easier than usual"));
        for (RoutineItem i : r.items()) {
            var d = ex(i).dosage();
            assertThat(i.reason()).as(i.exerciseId() + " reason after pain").contains("easier than usual");
            assertThat(i.sets()).as(i.exerciseId() + " no extra sets after pain").isLessThanOrEqualTo(d.sets());
            last.items().stream().filter(x -> x.exerciseId().equals(i.exerciseId())).findFirst().ifPresent(x -> {
                int was = Math.max(d.min(), Math.min(d.max(), x.amount()));
                assertThat(i.amount()).as(i.exerciseId() + " shorter than last time, or at the minimum")
                        .satisfiesAnyOf(a -> assertThat(a).isLessThan(was), a -> assertThat(a).isEqualTo(d.min()));
            });
        }
    }

    void repeatedPainStops(Profile p, Routine r) {
        List<SessionRecord> s = p.sessions();
        if (s.isEmpty() || r.verdict() == Verdict.STOP) {
            return;
        }
        LocalDate latest = s.get(s.size() - 1).date();
        long stops = s.stream().filter(x -> x.stoppedForPain() && x.date().isAfter(latest.minusDays(14))).count();
        boolean advised = r.advice().stream().anyMatch(a -> a.contains("see a healthcare professional before you go on"));
        assertThat(advised).as(stops + " pain stops in the last 14 days").isEqualTo(stops >= 2);
    }

    /**
     * Strength work starts at the catalog's first sets and default amount; each set more needs two
     * more comfortable sessions with it, and it never grows just to fill the time.
     */
    void strengthBuildsUp(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            Exercise e = ex(i);
            if (e.kind() != Kind.STRENGTH) {
                continue;
            }
            int comfortable = comfortable(e.id(), p.sessions());
            boolean neverDone = p.sessions().stream().flatMap(x -> x.items().stream()).noneMatch(x -> x.exerciseId().equals(e.id()));
            if (neverDone) {
                assertThat(i.sets()).as(i.exerciseId() + " sets the first time").isEqualTo(e.dosage().sets());
                assertThat(i.amount()).as(i.exerciseId() + " amount the first time").isLessThanOrEqualTo(e.dosage().defaultAmount());
            }
            assertThat(i.sets()).as(i.exerciseId() + " sets after " + comfortable + " comfortable sessions")
                    .isLessThanOrEqualTo(e.dosage().sets() + comfortable / 2);
        }
    }

    /** No item comes before one that is a prerequisite or an easier variant of it. */
    void easierFirst(Profile p, Routine r) {
        List<RoutineItem> items = r.items();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Exercise before = ex(items.get(i));
                Exercise after = ex(items.get(j));
                boolean buildsOn = before.prerequisites().contains(after.id())
                        || before.variants().contains(new Variant(after.id(), Relation.EASIER))
                        || after.variants().contains(new Variant(before.id(), Relation.HARDER));
                assertThat(buildsOn).as(before.id() + " (item " + (i + 1) + ") comes before " + after.id() + " (item " + (j + 1)
                        + "), which it builds on").isFalse();
            }
        }
    }

    /** No item is cut below the sets the articles give (cobra 3 times, the chair extension 3, the bridge 4). */
    void fullDoses(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            assertThat(i.sets()).as(i.exerciseId() + " sets").isGreaterThanOrEqualTo(ex(i).dosage().minSets());
        }
        r.items().stream().filter(i -> i.exerciseId().equals("cobra"))
                .forEach(i -> assertThat(i.sets()).as("cobra rounds").isGreaterThanOrEqualTo(3));
    }

    /**
     * At most 3 swaps an item, each suiting the person as the routine does (screening, place, props,
     * level, unlocked) and fitting the item's time; those not in the routine first, and one already
     * in it only when it may be done twice (never strength work or a release); never a second
     * release over a prop; a reason exactly when there is none.
     */
    void swaps(Profile p, Routine r) {
        Clearance c = clearance(p);
        Set<String> planned = r.items().stream().map(RoutineItem::exerciseId).collect(Collectors.toSet());
        List<String> suits = eligible(p).stream().map(Exercise::id).toList();
        for (RoutineItem i : r.items()) {
            assertThat(i.swaps()).as(i.exerciseId() + " swaps").hasSizeLessThanOrEqualTo(3);
            assertThat(i.noSwapReason() != null).as(i.exerciseId() + " says why exactly when there is no swap")
                    .isEqualTo(i.swaps().isEmpty());
            boolean seenPlanned = false;
            boolean otherRelease = r.items().stream().anyMatch(x -> !x.exerciseId().equals(i.exerciseId()) && ex(x).kind() == Kind.RELEASE);
            for (RoutineItem.SwapOption o : i.swaps()) {
                Exercise e = catalog.require(o.exerciseId());
                assertThat(o.name()).isEqualTo(e.name());
                assertThat(e.id()).as(i.exerciseId() + " is not its own swap").isNotEqualTo(i.exerciseId());
                if (planned.contains(e.id())) {
                    seenPlanned = true;
                    assertThat(e.kind()).as(i.exerciseId() + " swap " + e.id() + " already planned and done twice")
                            .isNotIn(Kind.STRENGTH, Kind.RELEASE);
                } else {
                    assertThat(seenPlanned).as(i.exerciseId() + " swap " + e.id() + ": new exercises come first").isFalse();
                }
                if (otherRelease) {
                    assertThat(e.kind()).as(i.exerciseId() + " swap " + e.id() + " would be a second release").isNotEqualTo(Kind.RELEASE);
                }
                assertThat(suits).as(i.exerciseId() + " swap " + e.id() + " suits the person").contains(e.id());
                assertThat(c.allows(e)).as(i.exerciseId() + " swap " + e.id() + " allowed by the screening").isTrue();
                assertThat(leastFullDose(e)).as(i.exerciseId() + " swap " + e.id() + " fits in the item's time")
                        .isLessThanOrEqualTo(i.seconds());
                if (ex(i).kind() != Kind.STRENGTH) {
                    assertThat(e.kind()).as(i.exerciseId() + " swap " + e.id() + ": no strength work for a stretch")
                            .isNotEqualTo(Kind.STRENGTH);
                }
            }
        }
    }

    /** The key caution, when there is one, is one of the exercise's own cautions, never its opening one about sharp pain. */
    void keyCaution(Profile p, Routine r) {
        for (RoutineItem i : r.items()) {
            List<String> cautions = ex(i).cautions();
            if (i.keyCaution() != null) {
                assertThat(cautions.subList(1, cautions.size())).as(i.exerciseId() + " key caution").contains(i.keyCaution());
            } else {
                assertThat(cautions.subList(1, cautions.size())).as(i.exerciseId() + " has no caution for everyone beyond sharp pain")
                        .allMatch(c -> c.contains("osteoporosis") || c.contains("pregnant") || c.contains("injury"));
            }
        }
    }

    /** Seconds the smallest full dose takes: the bottom of the range in the fewest sets, with the get-ready and the rests. */
    static int leastFullDose(Exercise e) {
        var d = e.dosage();
        int one = switch (d.unit()) {
            case SECONDS -> d.min();
            case MINUTES -> d.min() * 60;
            case REPS, BREATHS -> d.min() * d.secondsEach();
        };
        return TRANSITION + one * d.minSets() * (e.perSide() ? 2 : 1) + REST * (d.minSets() - 1);
    }

    /** The exercises that suit the profile, worked out here from the catalog and the rules. */
    List<Exercise> eligible(Profile p) {
        Clearance c = clearance(p);
        return catalog.exercises().stream()
                .filter(e -> e.isDoableWith(owned(p)) && p.request().place().allows(e.position())
                        && c.allows(e) && e.level().compareTo(p.request().level()) <= 0 && !e.instructorFirst())
                .filter(e -> e.prerequisites().stream().allMatch(pre -> comfortable(pre, p.sessions()) >= UNLOCK_AFTER))
                .filter(e -> {
                    List<Exercise> easier = easierVariants(e).stream().filter(x -> x.isDoableWith(owned(p))).toList();
                    return easier.isEmpty() || easier.stream().anyMatch(x -> comfortable(x.id(), p.sessions()) >= UNLOCK_AFTER);
                })
                .toList();
    }

    Clearance clearance(Profile p) {
        return screen.screen(p.request().answers(), p.request().pain());
    }


    private List<Exercise> easierVariants(Exercise e) {
        return catalog.exercises().stream()
                .filter(x -> e.variants().contains(new Variant(x.id(), Relation.EASIER))
                        || x.variants().contains(new Variant(e.id(), Relation.HARDER)))
                .toList();
    }

    static int comfortable(String id, List<SessionRecord> sessions) {
        return (int) sessions.stream()
                .filter(s -> !s.stoppedForPain() && s.painAfter() >= 0 && s.painAfter() - s.painBefore() < 2)
                .filter(s -> s.items().stream().anyMatch(i -> i.exerciseId().equals(id) && i.finished()))
                .count();
    }

    static boolean lastWasBad(List<SessionRecord> sessions) {
        if (sessions.isEmpty()) {
            return false;
        }
        SessionRecord last = sessions.get(sessions.size() - 1);
        return last.stoppedForPain() || (last.painAfter() >= 0 && last.painAfter() - last.painBefore() >= 2);
    }

    Exercise ex(RoutineItem item) {
        return catalog.require(item.exerciseId());
    }

    /** The props a person has to hand: what they own, and a chair at a desk. */
    private static Set<Prop> owned(Profile p) {
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        props.addAll(p.request().props());
        if (p.request().place() == Place.DESK) {
            props.add(Prop.CHAIR);
        }
        return props;
    }
}
