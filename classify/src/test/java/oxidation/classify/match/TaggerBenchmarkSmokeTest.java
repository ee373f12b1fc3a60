package oxidation.classify.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaggerBenchmarkSmokeTest {

    @Test
    void benchmarkRunsAndMeasuresTheTaggerNextToTheBareLoop() throws Exception {
        var results = TaggerBenchmark.run(TaggerBenchmark.smoke());

        assertThat(results).hasSize(4);
        assertThat(results).allSatisfy(r -> assertThat(r.getPrimaryResult().getScore()).isPositive());
    }
}
