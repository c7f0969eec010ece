package dev.midback.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.midback.catalog.Region;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BodyRegionTest {

    @Test
    void everyRegionAnExerciseCanNameIsOneTheFigureKnows() {
        assertThat(Arrays.stream(Region.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(BodyRegion.values()).map(Enum::name).toList());
    }

    @Test
    void theBackRegionsFollowEachOtherUpTheSpine() {
        assertThat(BodyRegion.LOWER_BACK.from()).isLessThan(BodyRegion.MID_BACK.from());
        assertThat(BodyRegion.MID_BACK.from()).isLessThan(BodyRegion.UPPER_BACK.from());
        assertThat(BodyRegion.MID_BACK.to()).isGreaterThan(BodyRegion.UPPER_BACK.from()).as("they overlap, leaving no gap");
        assertThat(BodyRegion.CHEST.onTrunk()).isFalse();
    }
}
