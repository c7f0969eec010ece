package dev.midback.reminder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Time zone names a reminder may carry: the IANA names Java knows, such as {@code Europe/Berlin}. */
public final class Zones {

    private Zones() {
    }

    /**
     * True for an IANA time zone name. Offsets such as {@code +02:00} are refused (they ignore summer
     * time), and so are the made-up names a calendar library registers while it reads files.
     */
    public static boolean isKnown(String id) {
        return id != null && !id.startsWith("ical4j") && ZoneId.getAvailableZoneIds().contains(id);
    }

    /** Every known name, sorted, for a form to offer. */
    public static List<String> all() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> !id.startsWith("ical4j") && !id.startsWith("SystemV/"))
                .sorted().toList();
    }

    /** The IANA name for a zone, such as the server's: a plain offset becomes {@code UTC} or {@code Etc/GMT-2}. */
    public static String idOf(ZoneId zone) {
        if (isKnown(zone.getId())) {
            return zone.getId();
        }
        int seconds = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
        String etc = "Etc/GMT" + (seconds > 0 ? "-" : "+") + Math.abs(seconds / 3600);
        if (zone instanceof ZoneOffset && seconds != 0 && seconds % 3600 == 0 && isKnown(etc)) {
            return etc;
        }
        return "UTC";
    }
}
