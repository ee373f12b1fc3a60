package oxidation.launcher.bench;

import java.util.List;

/**
 * Two pieces of work over the same inputs, timed side by side: both warmed up, then rounds that alternate
 * between them, the median rate of each kept. Results are folded into a checksum so the JIT cannot drop them.
 */
final class TimingLoop {

    /** One piece of work on one input; returns something derived from the result. */
    interface Work<T> {
        int run(T input) throws Exception;
    }

    /** Inputs per second of each side, medians of the rounds. */
    record Pair(double ours, double ceiling) {
    }

    private static final int ROUNDS = 5;
    private long checksum;

    <T> Pair measure(List<T> inputs, double seconds, Work<T> ours, Work<T> ceiling) throws Exception {
        runFor(inputs, ours, seconds / 2);
        runFor(inputs, ceiling, seconds / 2);
        double[] a = new double[ROUNDS];
        double[] b = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            a[round] = rate(inputs, ours, seconds / ROUNDS);
            b[round] = rate(inputs, ceiling, seconds / ROUNDS);
        }
        return new Pair(Stats.median(a), Stats.median(b));
    }

    long checksum() {
        return checksum;
    }

    private <T> double rate(List<T> inputs, Work<T> work, double seconds) throws Exception {
        long start = System.nanoTime();
        long rounds = runFor(inputs, work, seconds);
        return rounds * inputs.size() / Stats.seconds(start);
    }

    private <T> long runFor(List<T> inputs, Work<T> work, double seconds) throws Exception {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long rounds = 0;
        do {
            for (T input : inputs) {
                checksum += work.run(input);
            }
            rounds++;
        } while (System.nanoTime() < end);
        return rounds;
    }
}
