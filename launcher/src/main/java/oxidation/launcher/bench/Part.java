package oxidation.launcher.bench;

import java.util.List;
import oxidation.classify.bench.BenchResult;

/** One part of the pipeline measured next to its ceiling. */
interface Part {

    /** The name {@code --only} selects it by. */
    String name();

    /** Runs the measurements; rows are added in the order they are printed. */
    List<BenchResult> run(BenchContext context) throws Exception;
}
