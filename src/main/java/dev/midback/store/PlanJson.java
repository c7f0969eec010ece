package dev.midback.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.midback.catalog.Coded;
import dev.midback.catalog.Demand;
import dev.midback.catalog.DosageUnit;
import dev.midback.catalog.Level;
import dev.midback.catalog.Position;
import dev.midback.catalog.Prop;
import dev.midback.plan.Phase;
import dev.midback.plan.Place;
import dev.midback.plan.PlanRequest;
import dev.midback.plan.PlanStore.StoredPlan;
import dev.midback.plan.Routine;
import dev.midback.plan.RoutineItem;
import dev.midback.safety.Answers;
import dev.midback.safety.Clearance;
import dev.midback.safety.PainToday;
import dev.midback.safety.Question;
import dev.midback.safety.SafetyScreen;
import dev.midback.safety.Urgency;
import dev.midback.safety.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one way a plan is written into the database's text columns and read back: what was asked
 * (the {@code request} column) and the routine given with the screening it was planned under (the
 * {@code routine} column). A plan reads back equal to the one written.
 */
final class PlanJson {

    private final ObjectMapper json = new ObjectMapper();

    /** The texts of the {@code request} and {@code routine} columns. */
    record Columns(String request, String routine) {
    }

    Columns write(PlanRequest request, Routine routine) {
        return new Columns(request(request).toString(), routine(routine).toString());
    }

    StoredPlan read(String id, Columns columns) throws IOException {
        try {
            PlanRequest request = request(json.readTree(columns.request()));
            return new StoredPlan(id, request, routine(json.readTree(columns.routine()), request));
        } catch (RuntimeException e) {
            throw new IOException("plan " + id + " is stored in a form that cannot be read", e);
        }
    }

    private ObjectNode request(PlanRequest r) {
        ObjectNode node = json.createObjectNode();
        node.put("minutes", r.minutes());
        node.put("place", r.place().id());
        ArrayNode props = node.putArray("props");
        r.props().stream().sorted().forEach(p -> props.add(p.id()));
        node.put("level", r.level().id());
        node.put("pain", r.pain().level());
        node.put("sharpPain", r.pain().sharp());
        ArrayNode yes = node.putArray("yes");
        r.answers().yes().stream().sorted().forEach(q -> yes.add(q.id()));
        return node;
    }

    private static PlanRequest request(JsonNode n) {
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        n.get("props").forEach(p -> props.add(coded(Prop.class, p)));
        Set<Question> yes = EnumSet.noneOf(Question.class);
        n.get("yes").forEach(q -> yes.add(Question.byId(q.asText()).orElseThrow()));
        return new PlanRequest(n.get("minutes").asInt(), coded(Place.class, n.get("place")), props,
                coded(Level.class, n.get("level")), new PainToday(n.get("pain").asInt(), n.get("sharpPain").asBoolean()),
                new Answers(yes));
    }

    private ObjectNode routine(Routine r) {
        ObjectNode node = json.createObjectNode();
        node.put("verdict", r.verdict().id());
        strings(node.putArray("advice"), r.advice());
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
            if (i.keyCaution() != null) {
                item.put("keyCaution", i.keyCaution());
            }
            if (i.swapsDecided()) {
                ArrayNode swaps = item.putArray("swaps");
                i.swaps().forEach(o -> swaps.addObject().put("exerciseId", o.exerciseId()).put("name", o.name()));
                if (i.noSwapReason() != null) {
                    item.put("noSwapReason", i.noSwapReason());
                }
            }
        }
        Clearance c = r.clearance();
        ObjectNode screening = node.putObject("screening");
        screening.put("urgency", id(c.urgency()));
        strings(screening.putArray("advice"), c.advice());
        screening.put("gentleOnly", c.gentleOnly());
        ObjectNode positions = screening.putObject("excludedPositions");
        c.excludedPositions().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> positions.put(e.getKey().id(), e.getValue()));
        ObjectNode demands = screening.putObject("excludedDemands");
        c.excludedDemands().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> demands.put(e.getKey().id(), e.getValue()));
        return node;
    }

    /**
     * The routine of a row, with its screening. Rows kept before plans carried their screening are
     * screened from their request as they are read, keeping the verdict they were planned with.
     */
    private static Routine routine(JsonNode n, PlanRequest request) {
        Verdict verdict = Verdict.valueOf(n.get("verdict").asText().toUpperCase(Locale.ROOT));
        List<RoutineItem> items = new ArrayList<>();
        for (JsonNode i : n.get("items")) {
            List<RoutineItem.SwapOption> swaps = new ArrayList<>();
            if (i.has("swaps")) {
                i.get("swaps").forEach(o -> swaps.add(new RoutineItem.SwapOption(o.get("exerciseId").asText(), o.get("name").asText())));
            }
            items.add(new RoutineItem(i.get("exerciseId").asText(), i.get("name").asText(),
                    coded(Phase.class, i.get("phase")), coded(DosageUnit.class, i.get("unit")),
                    i.get("amount").asInt(), i.get("sets").asInt(), i.get("perSide").asBoolean(),
                    i.get("seconds").asInt(), i.get("reason").asText(), text(i, "keyCaution"), swaps, text(i, "noSwapReason")));
        }
        JsonNode s = n.get("screening");
        Clearance clearance;
        if (s == null) {
            Clearance now = new SafetyScreen().screen(request.answers(), request.pain());
            clearance = new Clearance(verdict, now.urgency(), now.advice(), now.gentleOnly(), now.excludedPositions(),
                    now.excludedDemands());
        } else {
            clearance = new Clearance(verdict, urgency(s.get("urgency").asText()), strings(s.get("advice")),
                    s.get("gentleOnly").asBoolean(), excluded(Position.class, s.get("excludedPositions")),
                    excluded(Demand.class, s.get("excludedDemands")));
        }
        return new Routine(clearance, strings(n.get("advice")), n.get("totalSeconds").asInt(), items);
    }

    /** The text of an optional field, or null when absent. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void strings(ArrayNode array, List<String> texts) {
        texts.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(a -> texts.add(a.asText()));
        return texts;
    }

    private static <E extends Enum<E> & Coded> Map<E, String> excluded(Class<E> type, JsonNode object) {
        Map<E, String> excluded = new EnumMap<>(type);
        object.fields().forEachRemaining(f -> excluded.put(Coded.parse(type, f.getKey()).orElseThrow(), f.getValue().asText()));
        return excluded;
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, JsonNode node) {
        return Coded.parse(type, node.asText()).orElseThrow();
    }

    private static String id(Urgency urgency) {
        return urgency.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Urgency urgency(String id) {
        return Urgency.valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
