package oxidation.store.sink;

import oxidation.events.Tag;
import oxidation.events.TaggedArticle;

/** The sizes the database columns take; an article beyond them is a poison record, not a failed batch. */
final class ArticleLimits {

    static final int ID = 64;
    static final int URL = 4096;
    static final int TITLE = 4096;
    static final int SOURCE = 512;
    static final int TOOL = 128;
    static final int SHORT = 128;
    static final int EVIDENCE = 65_536;

    private ArticleLimits() {
    }

    /** What makes this article unstorable, or null when it fits. */
    static String problem(TaggedArticle tagged) {
        var a = tagged.article();
        if (a.id().length() > ID) {
            return "article id longer than " + ID + " characters";
        }
        if (a.url().length() > URL || a.title().length() > TITLE) {
            return "url or title longer than " + URL + " characters";
        }
        if (a.sourceId().length() > SOURCE || (a.author() != null && a.author().length() > 1024)) {
            return "source id longer than " + SOURCE + " or author longer than 1024 characters";
        }
        if (tagged.catalog().length() > SHORT
                || (a.release() != null && a.release().version().length() > 256)) {
            return "catalog version or release version too long";
        }
        for (Tag tag : tagged.tags()) {
            if (tag.tool().length() > TOOL || (tag.rule() != null && tag.rule().length() > 256)) {
                return "tag tool id longer than " + TOOL + " or rule longer than 256 characters";
            }
            if (oxidation.events.JsonCodec.encodeToString(tag.evidence()).length() > EVIDENCE) {
                return "evidence of tag '" + tag.tool() + "' longer than " + EVIDENCE + " characters";
            }
        }
        return null;
    }
}
