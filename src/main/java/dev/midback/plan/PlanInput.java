package dev.midback.plan;

import dev.midback.catalog.Coded;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan request as it arrives from a form, a JSON body or the command line, not yet checked:
 * {@link #check()} gives the request or the field at fault, so every face refuses bad input alike.
 */
public record PlanInput(String minutes, String place, List<String> props, String level, String pain,
                        boolean sharpPain, Map<String, ?> answers) {

    /** Either a request, or the field at fault and what is wrong with it. */
    public record Checked(PlanRequest request, String field, String problem) {

        static Checked bad(String field, String problem) {
            return new Checked(null, field, problem);
        }

        public boolean isValid() {
            return request != null;
        }
    }

    public Checked check() {
        Integer wanted = whole(minutes);
        if (wanted == null || wanted < PlanRequest.MIN_MINUTES || wanted > PlanRequest.MAX_MINUTES) {
            return Checked.bad("minutes", "minutes must be a whole number from 2 to 60, not '" + minutes + "'");
        }
        Integer hurt = pain == null || pain.isBlank() ? Integer.valueOf(0) : whole(pain);
        if (hurt == null || hurt < 0 || hurt > 10) {
            return Checked.bad("pain", "pain must be a whole number from 0 to 10, not '" + pain + "'");
        }
        var where = Coded.parse(Place.class, place == null || place.isBlank() ? "any" : place);
        if (where.isEmpty()) {
            return Checked.bad("place", "place must be desk, floor or any, not '" + place + "'");
        }
        var experience = Coded.parse(Level.class, level == null || level.isBlank() ? "beginner" : level);
        if (experience.isEmpty()) {
            return Checked.bad("level", "level must be beginner, intermediate or advanced, not '" + level + "'");
        }
        Set<Prop> owned = EnumSet.noneOf(Prop.class);
        for (String name : props == null ? List.<String>of() : props) {
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("none")) {
                continue;
            }
            var prop = Coded.parse(Prop.class, trimmed);
            if (prop.isEmpty()) {
                return Checked.bad("props", "unknown prop '" + trimmed + "' (one of: none, "
                        + String.join(", ", Coded.ids(Prop.class)) + ")");
            }
            owned.add(prop.get());
        }
        Answers.Parsed parsed = Answers.parse(answers == null ? Map.of() : answers);
        if (!parsed.isValid()) {
            return Checked.bad("answers." + parsed.field(), parsed.problem());
        }
        return new Checked(new PlanRequest(wanted, where.get(), owned, experience.get(), new PainToday(hurt, sharpPain),
                parsed.answers()), null, null);
    }

    private static Integer whole(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
