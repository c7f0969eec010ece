/**
 * Exercise illustrations: a person drawn from a small body model, as SVG.
 *
 * <p>{@link dev.midback.figure.FigureReader} reads the {@code figure} block of an exercise file,
 * {@link dev.midback.figure.FigureRenderer} draws it and {@link dev.midback.figure.ContactCheck} checks that the
 * body rests where the file says. The body is a 3D model projected onto the picture, so one pose reads the same
 * from the side, the front or above; it is drawn as outlined rounded limbs and a trunk whose outline follows the
 * curve of the spine, with the exercise's worked regions along the back (and the neck) tinted, an arrow from each
 * key frame toward the next one where the body moves on, and all key frames framed together to fill the picture.
 * Standalone pictures carry a style block that turns them dark when the reader prefers; pictures made to be put
 * into a page ({@link dev.midback.figure.FigureRenderer#motion}) carry none and keep the light colours.
 *
 * <h2>The figure block</h2>
 *
 * <pre>{@code
 * figure:
 *   view: side              # side (default), front or top
 *   turn: 0                 # optional, -90..90: swing the viewpoint from the figure's right side toward its front
 *   tilt: 0                 # optional, 0..60: raise the viewpoint of a side or front view, looking down at the figure
 *   flip: false             # optional: mirror the picture left to right
 *   props:                  # optional; a name, or {prop, at, height}
 *     - mat
 *     - prop: towel-roll
 *       at: upperBack
 *   frames:                 # one or more key frames
 *     - name: cat
 *       pose: { trunk: 51, lowerSpine: 25, upperSpine: 35, neck: 35, shoulders: 91, wrists: -95, hips: 41, knees: 90, ankles: 90 }
 *       contacts: [leftHand, rightHand, leftKnee, rightKnee, leftFoot, rightFoot]
 *     - name: cow
 *       pose: { ... }
 *       contacts: [ ... ]
 *       props: [ ... ]      # optional: this frame's props instead of the figure's
 * }</pre>
 *
 * <h2>Angles</h2>
 *
 * All angles are in degrees; an angle left out is 0 ({@code trunk} 90): standing tall, arms by the sides,
 * looking ahead. A joint that bends forward is positive. Limb angles come in left and right pairs
 * ({@code leftKnee}, {@code rightKnee}); the plural ({@code knees}) sets both and a side given on its own wins.
 * Seen from the side, a figure standing faces right and its right side is toward the viewer.
 * <ul>
 *   <li>{@code trunk}: the tilt of the pelvis, the figure's placement. 90 upright; 0 lying face down (on all
 *       fours the back is near 0), head to the right; 180 lying on the back, head to the left. A tucked pelvis
 *       (the cat) has a larger trunk angle and smaller hip angles.</li>
 *   <li>{@code lowerSpine}, {@code upperSpine}: bend of the lower back over the pelvis and of the upper back
 *       over the lower back. Positive rounds forward (flexion, the cat); negative arches back (extension, the
 *       cow, a backbend).</li>
 *   <li>{@code twist}: rotation of the upper back over the pelvis; positive turns the chest to the figure's
 *       right. {@code sideBend}: positive bends the upper back toward the right side.
 *       {@code pelvisTurn}: rolls the pelvis, and with it the legs, about the spine; positive turns its front to
 *       the right (lying on the back, the knees drop to the right; add {@code twist} of the opposite sign to keep
 *       the shoulders flat).</li>
 *   <li>{@code neck}: positive tucks the chin toward the chest, negative looks up. {@code head}: a further nod,
 *       same sign. {@code headTurn}: positive turns the face to the figure's right.</li>
 *   <li>{@code leftShoulder}: the arm raised forward (flexion): 0 hanging, 90 pointing ahead, 180 overhead,
 *       negative behind. {@code leftShoulderOut}: the arm raised out to the side (abduction), 90 horizontal,
 *       negative across the body. {@code leftArmTurn}: rotation about the upper arm; positive turns a bent
 *       forearm outward and up (hands behind the head: out about 110, turn 90, elbow 140).</li>
 *   <li>{@code leftElbow}: 0 straight, positive bent. {@code leftWrist}: negative bends the back of the hand
 *       toward the forearm: hands flat on the floor under the shoulders are about -90.</li>
 *   <li>{@code leftHip}: the thigh raised forward: 0 in line with the trunk, 90 sitting, negative behind.
 *       {@code leftHipOut}: the thigh out to the side, negative across. {@code leftLegTurn}: positive turns the
 *       knee outward (sitting cross-legged: hips 115, out 45, turn 55, knees 130).</li>
 *   <li>{@code leftKnee}: 0 straight, positive bent (160 sitting on the heels). {@code leftAnkle}: 0 foot at a
 *       right angle to the shin, positive points the toes (90: foot in line with the shin, as when kneeling),
 *       negative pulls them up.</li>
 * </ul>
 * Each angle has a plausible range ({@link dev.midback.figure.Joint#min()}, {@link dev.midback.figure.Joint#max()});
 * the reader reports angles outside it.
 *
 * <h2>Contacts and body points</h2>
 *
 * {@code contacts} lists the body points that rest on the floor, the mat or a prop in that frame; the check
 * reports a listed point more than {@value dev.midback.figure.ContactCheck#TOLERANCE} units away (1 unit is 1% of
 * body height, about 1.7 cm) and any point sunk into the floor or a firm prop. Body points: {@code head},
 * {@code neck} (its base), {@code upperBack} (shoulder blades), {@code midBack}, {@code lowerBack}, {@code pelvis},
 * and per side {@code leftShoulder}, {@code leftElbow}, {@code leftWrist}, {@code leftHand} (the palm),
 * {@code leftFingertips}, {@code leftHip}, {@code leftKnee}, {@code leftAnkle}, {@code leftHeel}, {@code leftFoot}
 * (the sole's middle), {@code leftToe}, and the same with {@code right}.
 *
 * <h2>Props</h2>
 *
 * The body is placed automatically: it falls straight down until it rests on the floor or a prop, or hangs from
 * a pull-up bar by its hands. Props under the body stand on the floor (on the mat if there is one) below the
 * body point {@code at}.
 * <ul>
 *   <li>{@code towel-roll}, {@code blanket-roll}, {@code mat-roll} (at {@code upperBack} unless given):
 *       a roll across the back; {@code foam-roller} (at {@code midBack}); {@code exercise-ball} (at
 *       {@code midBack}); {@code chair} (at {@code pelvis}: the seat; the chair faces the way a seated figure
 *       faces); {@code yoga-block} (at {@code upperBack}; {@code height: low} lying flat, {@code middle} on its
 *       side, {@code high} on its end).</li>
 *   <li>{@code mat}: a thin mat under the whole body.</li>
 *   <li>{@code band}: from an anchor ahead of the figure to both hands; {@code height: low} (ankle),
 *       {@code middle} (chest, the default) or {@code high} (overhead).</li>
 *   <li>{@code pull-up-bar}: a bar the hands hold; the figure hangs from it.</li>
 *   <li>{@code plumb-line}: a dashed vertical line from the ear to the floor, to check that ear, shoulder, hip, knee
 *       and ankle line up.</li>
 * </ul>
 *
 * <h2>Checking the pictures</h2>
 *
 * The test {@code FrameImagesTest} draws every key frame of every exercise in headless Chromium at 240 by 240
 * pixels and compares each with its reference picture in
 * {@code src/test/resources/figures/reference/{exercise}/{n}-{frame}.png}; a frame that drifted from its reference
 * leaves the new picture and a diff with the changes in red in {@code target/figures/diff/}. Each run also writes a
 * contact sheet to look the figures over against the steps: {@code target/figures/contact-sheet.html}, its
 * screenshot {@code target/figures/contact-sheet.png} and every frame in {@code target/figures/frames/}. After a
 * change that is meant to alter the pictures, run
 * {@code mvn -B test -Dtest=FrameImagesTest -Dmidback.updateFigures=true} to write new references (those tests are
 * reported as skipped), look at the changed pictures and the sheet, and commit the references with the change.
 */
package dev.midback.figure;
