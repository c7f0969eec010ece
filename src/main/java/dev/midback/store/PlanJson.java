package dev.midback.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.catalog.Coded;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Level;
import dev.midback.catalog.Prop;
import dev.midback.plan.Phase;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.Verdict;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How plans are written into and read back from the database's text columns. */
final class PlanJson {

    private final ObjectMapper json = new ObjectMapper();

    String request(PlanRequest r) {
        ObjectNode node = json.createObjectNode();
        node.put("minutes", r.minutes());
        node.put("place", r.place().id());
        ArrayNode props = node.putArray("props");
        r.props().forEach(p -> props.add(p.id()));
        node.put("level", r.level().id());
        node.put("pain", r.pain().level());
        node.put("sharpPain", r.pain().sharp());
        ArrayNode yes = node.putArray("yes");
        r.answers().yes().forEach(q -> yes.add(q.id()));
        return node.toString();
    }

    PlanRequest request(String text) throws java.io.IOException {
        JsonNode n = json.readTree(text);
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        n.get("props").forEach(p -> props.add(Coded.parse(Prop.class, p.asText()).orElseThrow()));
        Set<Question> yes = EnumSet.noneOf(Question.class);
        n.get("yes").forEach(q -> yes.add(Question.byId(q.asText()).orElseThrow()));
        return new PlanRequest(n.get("minutes").asInt(), Coded.parse(Place.class, n.get("place").asText()).orElseThrow(),
                props, Coded.parse(Level.class, n.get("level").asText()).orElseThrow(),
                new PainToday(n.get("pain").asInt(), n.get("sharpPain").asBoolean()), new Answers(yes));
    }

    String routine(Routine r) {
        ObjectNode node = json.createObjectNode();
        node.put("verdict", r.verdict().id());
        ArrayNode advice = node.putArray("advice");
        r.advice().forEach(advice::add);
        node.put("totalSeconds", r.totalSeconds());
        ArrayNode items = node.putArray("items");
        for (RoutineItem i : r.items()) {
            ObjectNode item = items.addObject();
            item.put("exerciseId", i.exerciseId());
            item.put("name", i.name());
            item.put("phase", i.phase().id());
            item.put("unit", i.unit().id());
            item.put("amount", i.amount());
            item.put("sets", i.sets());
            item.put("perSide", i.perSide());
            item.put("seconds", i.seconds());
            item.put("reason", i.reason());
        }
        return node.toString();
    }

    Routine routine(String text) throws java.io.IOException {
        JsonNode n = json.readTree(text);
        List<String> advice = new ArrayList<>();
        n.get("advice").forEach(a -> advice.add(a.asText()));
        List<RoutineItem> items = new ArrayList<>();
        for (JsonNode i : n.get("items")) {
            items.add(new RoutineItem(i.get("exerciseId").asText(), i.get("name").asText(),
                    Coded.parse(Phase.class, i.get("phase").asText()).orElseThrow(),
                    Coded.parse(DosageUnit.class, i.get("unit").asText()).orElseThrow(),
                    i.get("amount").asInt(), i.get("sets").asInt(), i.get("perSide").asBoolean(),
                    i.get("seconds").asInt(), i.get("reason").asText()));
        }
        return new Routine(Verdict.valueOf(n.get("verdict").asText().toUpperCase(java.util.Locale.ROOT)), advice,
                n.get("totalSeconds").asInt(), items);
    }
}
