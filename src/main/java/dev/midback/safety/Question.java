package dev.midback.safety;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The screening questions, asked before a routine is planned. A yes to a red flag stops the
 * routine; a yes to any other question asks for care and a word with a professional.
 */
public enum Question {
    CHEST_PAIN("chest pain", "Do you have chest pain, or pain spreading into your arm, jaw or chest?", Urgency.EMERGENCY),
    NUMBNESS_OR_WEAKNESS("numbness or weakness in both legs", "Do you have numbness, tingling or weakness in both legs?", Urgency.EMERGENCY),
    BLADDER_OR_BOWEL("bladder or bowel changes", "Have you had new trouble controlling your bladder or bowels, or numbness around your bottom or genitals?",
            Urgency.EMERGENCY),
    SERIOUS_ACCIDENT("pain after a serious accident", "Did this pain start after a serious accident or a bad fall?", Urgency.EMERGENCY),
    FEVER_OR_WEIGHT_LOSS("fever or weight loss", "Do you have a fever, or have you lost weight without trying?", Urgency.SOON),
    NIGHT_PAIN("pain at night", "Does the pain wake you at night, or stay bad however you rest?", Urgency.SOON),
    CANCER_HISTORY("a history of cancer", "Have you ever had cancer?", Urgency.SOON),
    SEVERE_PAIN("severe pain", "Is your back pain severe?", Urgency.BEFORE_STARTING),
    CHRONIC_PAIN("long-lasting pain", "Have you had this back pain for months, or does it keep coming back?", Urgency.BEFORE_STARTING),
    NEW_PAIN_UNDER_20_OR_OVER_50("new pain under 20 or over 50", "Is this back pain new, and are you under 20 or over 50?",
            Urgency.BEFORE_STARTING),
    RECENT_INJURY("a recent injury", "Have you hurt your back, neck or shoulders recently, in a fall, an accident or a strain?",
            Urgency.BEFORE_STARTING),
    KNOWN_CONDITION("a known condition", "Has a doctor told you that you have a condition that exercise could affect, such as a spine, joint or heart problem?",
            Urgency.BEFORE_STARTING),
    OSTEOPOROSIS("osteoporosis", "Do you have osteoporosis or low bone density?", Urgency.BEFORE_STARTING),
    LONG_TERM_STEROIDS("long-term steroid medicine", "Have you taken steroid medicine (corticosteroids) for a long time, for months or years?",
            Urgency.BEFORE_STARTING),
    PREGNANT("pregnancy", "Are you pregnant?", Urgency.BEFORE_STARTING);

    private final String topic;
    private final String text;
    private final Urgency urgency;

    Question(String topic, String text, Urgency urgency) {
        this.topic = topic;
        this.text = text;
        this.urgency = urgency;
    }

    /** The id used in answer files and the API: {@code fever-or-weight-loss}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What a yes is about, in a few words: "a recent injury". */
    public String topic() {
        return topic;
    }

    /** The question as a person reads it. */
    public String text() {
        return text;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** A red flag: a yes stops the routine and sends the person for help. */
    public boolean isRedFlag() {
        return urgency == Urgency.EMERGENCY || urgency == Urgency.SOON;
    }

    public static Optional<Question> byId(String id) {
        return Arrays.stream(values()).filter(q -> q.id().equals(id)).findFirst();
    }
}
