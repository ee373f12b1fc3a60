package oxidation.classify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifyConfigTest {

    @Test
    void defaultsToTheOneMachineSetup() {
        ClassifyConfig config = ClassifyConfig.fromEnv(Map.of());

        assertThat(config).isEqualTo(new ClassifyConfig("localhost:9092", "", "oxidation-classify", null, false));
    }

    @Test
    void readsEveryVariable() {
        ClassifyConfig config = ClassifyConfig.fromEnv(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "OXIDATION_TOPIC_PREFIX", "staging.", "CLASSIFY_APPLICATION_ID", "classify-b",
                "CLASSIFY_STATE_DIR", "/var/lib/classify", "CLASSIFY_REPLAY", "true", "CLASSIFY_THREADS", " 3 "));

        assertThat(config).isEqualTo(new ClassifyConfig("kafka:9092", "staging.", "classify-b",
                Path.of("/var/lib/classify"), true, 3));
    }

    @Test
    void namesTheConsumerGroupPerCatalogVersionOnlyWhenReplaying() {
        ClassifyConfig fixed = ClassifyConfig.fromEnv(Map.of());
        ClassifyConfig replaying = ClassifyConfig.fromEnv(Map.of("CLASSIFY_REPLAY", "true"));

        assertThat(fixed.applicationIdFor("2026.1+abc")).isEqualTo("oxidation-classify");
        assertThat(replaying.applicationIdFor("2026.1+abc")).isEqualTo("oxidation-classify-2026.1_abc");
    }

    @Test
    void runsOneStreamThreadUnlessToldMore() {
        assertThat(ClassifyConfig.fromEnv(Map.of()).threads()).isEqualTo(1);
        assertThat(ClassifyApp.properties(ClassifyConfig.fromEnv(Map.of("CLASSIFY_THREADS", "2")), "app"))
                .containsEntry("num.stream.threads", 2);
    }

    @Test
    void rejectsAThreadCountThatIsNotAPositiveWholeNumber() {
        assertThatThrownBy(() -> ClassifyConfig.fromEnv(Map.of("CLASSIFY_THREADS", "two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLASSIFY_THREADS");
        assertThatThrownBy(() -> ClassifyConfig.fromEnv(Map.of("CLASSIFY_THREADS", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }

    @Test
    void rejectsAReplayFlagThatIsNotABoolean() {
        assertThatThrownBy(() -> ClassifyConfig.fromEnv(Map.of("CLASSIFY_REPLAY", "sometimes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLASSIFY_REPLAY");
    }
}
