package oxidation.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import oxidation.ingest.extract.PlainText;

/** An entry's author as a display name: {@code me@example.com (Me)} becomes {@code Me}. */
final class Authors {

    private static final Pattern MAIL_AND_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
    private static final Pattern NAME_AND_MAIL = Pattern.compile("^(.+?)\\s*[(<]\\S+@[^\\s)>]+[)>]$");

    private Authors() {
    }

    static String name(SyndEntry entry) {
        String author = entry.getAuthor();
        if ((author == null || author.isBlank()) && !entry.getAuthors().isEmpty()) {
            SyndPerson person = entry.getAuthors().get(0);
            author = person.getName() != null ? person.getName() : person.getEmail();
        }
        return display(author);
    }

    static String display(String author) {
        if (author == null || author.isBlank()) {
            return null;
        }
        String text = PlainText.collapse(author);
        Matcher m = MAIL_AND_NAME.matcher(text);
        if (m.matches()) {
            return m.group(1).strip();
        }
        m = NAME_AND_MAIL.matcher(text);
        return m.matches() ? m.group(1).strip() : text;
    }
}
