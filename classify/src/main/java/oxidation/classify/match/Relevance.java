package oxidation.classify.match;

import java.util.List;
import oxidation.classify.catalog.Tool;

/**
 * Whether a document is about the Rust-in-Python trend (guidelines §3), not just a passing mention:
 * <ul>
 *   <li>it connects Rust and Python: Rust (the language, not the game or corrosion) together with a
 *       link phrase ("written in Rust", "Rust extension"), a bridge tool (PyO3, maturin, RustPython),
 *       or Python and a tracked tool; or</li>
 *   <li>a tracked tool is its subject: named in the title, the tool's own release notes or changelog,
 *       or a link item whose only mention is the tool's URL;</li>
 *   <li>but never when the text uses a tool as a Rust crate only (Rust code, no Python anywhere).</li>
 * </ul>
 */
final class Relevance {

    record Verdict(boolean rustInPython, double confidence) {
    }

    private final List<Tool> tools;

    Relevance(List<Tool> tools) {
        this.tools = tools;
    }

    Verdict judge(Document doc, Signals signals, List<Decision> decisions) {
        boolean rustLanguage = signals.any(Signals.RUST) && !signals.any(Signals.RUST_NOT);
        boolean python = signals.any(Signals.PYTHON);
        boolean rustOnly = !python && signals.any(Signals.RUST_CODE);
        boolean tracked = false;
        boolean bridge = false;
        boolean subject = false;
        for (Decision d : decisions) {
            Tool tool = tools.get(d.tool());
            if (!tool.incumbent()) {
                tracked = true;
                bridge |= isBridge(tool);
                subject |= d.inTitle() || d.rule().equals("release-notes") || d.rule().equals("url");
            }
        }
        boolean link = rustLanguage && signals.any(Signals.LINK);
        boolean central = subject || (signals.anyBefore(Signals.RELEASE_NOTES, doc.titleEnd()) && tracked);
        boolean connected = link || bridge || (rustLanguage && python && tracked);
        boolean verdict = !rustOnly && (connected || central);
        int strength = (link ? 1 : 0) + (bridge ? 1 : 0) + (central ? 1 : 0) + (rustLanguage && python ? 1 : 0);
        double confidence = verdict ? Math.min(0.95, 0.6 + 0.1 * strength)
                : rustOnly || !tracked && !rustLanguage ? 0.05 : 0.3;
        return new Verdict(verdict, confidence);
    }

    /** Tools whose very use connects Rust and Python: binding and build tools, Python written in Rust. */
    private static boolean isBridge(Tool tool) {
        return tool.role().equals("enabler") || tool.category().equals("interpreter");
    }
}
