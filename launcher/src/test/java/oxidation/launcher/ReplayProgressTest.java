package oxidation.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {

    @Test
    void drawsABarWithPercentAndEta() {
        assertThat(ReplayCommand.Progress.line(250, 1000, Duration.ofSeconds(10)))
                .isEqualTo("[########                      ] 250/1,000  25% ETA 30s");
        assertThat(ReplayCommand.Progress.line(0, 1000, Duration.ofSeconds(1))).endsWith("ETA --");
        assertThat(ReplayCommand.Progress.line(5, 0, Duration.ofSeconds(1))).contains("100%");
        assertThat(ReplayCommand.Progress.line(1, 100, Duration.ofSeconds(10))).endsWith("ETA 16m30s");
    }
}
