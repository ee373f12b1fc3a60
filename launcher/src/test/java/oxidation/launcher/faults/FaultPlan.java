package oxidation.launcher.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** When to kill which part and for how long, drawn from a seeded random generator so a trial can be replayed. */
record FaultPlan(List<Fault> faults) {

    /** A part of the pipeline that can be killed. */
    enum Part { BROKER, INGEST, CLASSIFY, STORE }

    /** Kill {@code part} hard {@code at} after the feeds open, start it again {@code down} later. */
    record Fault(Duration at, Part part, Duration down) {
        @Override
        public String toString() {
            return part + " at " + at.toMillis() + " ms, down " + down.toMillis() + " ms";
        }
    }

    /**
     * {@code count} faults spread over {@code window}, never two at once; the parts are drawn without
     * repeats until every part has had its turn.
     */
    static FaultPlan draw(Random random, int count, Duration window, Duration longestDown) {
        List<Part> bag = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        long at = 500 + random.nextLong(Math.max(1, window.toMillis() / (count + 1)));
        for (int i = 0; i < count; i++) {
            if (bag.isEmpty()) {
                bag.addAll(Arrays.asList(Part.values()));
                Collections.shuffle(bag, random);
            }
            long down = 100 + random.nextLong(longestDown.toMillis());
            faults.add(new Fault(Duration.ofMillis(at), bag.removeFirst(), Duration.ofMillis(down)));
            at += down + 1_000 + random.nextLong(Math.max(1, window.toMillis() / (count + 1)));
        }
        return new FaultPlan(List.copyOf(faults));
    }

    /** The same plan with the broker's outage of the first broker fault stretched to {@code down}. */
    FaultPlan withLongBrokerOutage(Duration down) {
        List<Fault> stretched = new ArrayList<>();
        boolean done = false;
        Duration shift = Duration.ZERO;
        for (Fault f : faults) {
            Fault moved = new Fault(f.at().plus(shift), f.part(), f.down());
            if (!done && f.part() == Part.BROKER) {
                shift = shift.plus(down.minus(f.down()));
                moved = new Fault(moved.at(), Part.BROKER, down);
                done = true;
            }
            stretched.add(moved);
        }
        return new FaultPlan(List.copyOf(stretched));
    }
}
