package dev.midback.figure;

import java.util.List;
import java.util.Objects;

/**
 * One key frame of a figure.
 *
 * @param name what the frame shows, e.g. {@code cat}
 * @param pose the joint angles
 * @param contacts the body points that rest on the floor or a prop in this frame
 * @param props the props drawn in this frame
 */
public record Frame(String name, Pose pose, List<BodyPoint> contacts, List<Prop> props) {

    public Frame {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pose, "pose");
        contacts = List.copyOf(contacts);
        props = List.copyOf(props);
    }
}
