package dev.midback.web.view;

import dev.midback.catalog.Coded;
import dev.midback.catalog.Exercise;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How ids read on a page: {@code seated-chair} is "Seated on a chair". */
public final class Labels {

    private static final Map<String, String> SPECIAL = Map.of(
            Position.SEATED_CHAIR.id(), "Seated on a chair",
            Position.SEATED_FLOOR.id(), "Seated on the floor",
            Position.PRONE.id(), "Lying face down",
            Position.SUPINE.id(), "Lying on your back",
            Position.ON_BALL.id(), "On an exercise ball",
            Prop.PULL_UP_BAR.id(), "Pull-up bar",
            Prop.STICK.id(), "Stick (a broom handle will do)");

    private Labels() {
    }

    public static String of(Coded member) {
        String id = member.id();
        String special = SPECIAL.get(id);
        if (special != null) {
            return special;
        }
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String lower(Coded member) {
        String label = of(member);
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public static String list(List<? extends Coded> members) {
        return members.stream().map(Labels::lower).collect(Collectors.joining(", "));
    }

    /** What an exercise needs, as a sentence part: "towel, blanket or mat", or "nothing". */
    public static String needs(Exercise e) {
        if (e.needs().isEmpty()) {
            return "nothing";
        }
        return e.needs().stream().map(choice -> {
            List<String> names = choice.anyOf().stream().map(Labels::lower).toList();
            return names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }).collect(Collectors.joining(" and "));
    }

    public static String dose(Exercise e) {
        return e.dosage().describeDefault() + (e.perSide() ? " on each side" : "");
    }
}
