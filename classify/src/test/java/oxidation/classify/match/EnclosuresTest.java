package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EnclosuresTest {

    @Test
    void tellsWhetherASpanLiesWithinAnyOfThem() {
        Enclosures enclosures = new Enclosures();
        enclosures.add(10, 20);
        enclosures.add(0, 5);
        enclosures.add(12, 40);
        enclosures.seal();

        assertThat(enclosures.encloses(10, 20)).isTrue();
        assertThat(enclosures.encloses(13, 39)).isTrue();
        assertThat(enclosures.encloses(1, 5)).isTrue();
        assertThat(enclosures.encloses(4, 11)).isFalse();
        assertThat(enclosures.encloses(9, 15)).isFalse();
        assertThat(enclosures.encloses(30, 41)).isFalse();
    }

    @Test
    void enclosesNothingWhenEmptiedAgain() {
        Enclosures enclosures = new Enclosures();
        enclosures.add(0, 100);
        enclosures.seal();
        enclosures.clear();
        enclosures.seal();

        assertThat(enclosures.encloses(10, 20)).isFalse();
    }

    @Test
    void answersAsACheckOfEverySpanWould() {
        Random random = new Random(7);
        Enclosures enclosures = new Enclosures();
        for (int round = 0; round < 200; round++) {
            int count = random.nextInt(80);
            int[][] spans = new int[count][];
            enclosures.clear();
            for (int k = 0; k < count; k++) {
                int start = random.nextInt(500);
                spans[k] = new int[] {start, start + 1 + random.nextInt(60)};
                enclosures.add(spans[k][0], spans[k][1]);
            }
            enclosures.seal();
            for (int q = 0; q < 50; q++) {
                int start = random.nextInt(520);
                int end = start + 1 + random.nextInt(30);
                boolean expected = false;
                for (int[] span : spans) {
                    expected |= span[0] <= start && end <= span[1];
                }
                assertThat(enclosures.encloses(start, end)).isEqualTo(expected);
            }
        }
    }
}
