package oxidation.classify.service;

import oxidation.events.DeadLetter;
import oxidation.events.TaggedArticle;

/** What became of one raw record: a tagged article, a deletion to pass on, or a dead letter. */
sealed interface Outcome {

    /** A tagged article and its JSON, as written to {@code articles.tagged}. */
    record Tagged(TaggedArticle article, byte[] json) implements Outcome {
    }

    /** A tombstone on {@code articles.raw}: the article is gone, so its tagged form goes too. */
    record Deleted() implements Outcome {
    }

    record Failed(DeadLetter letter) implements Outcome {
    }
}
