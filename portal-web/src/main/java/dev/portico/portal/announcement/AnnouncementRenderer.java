package dev.portico.portal.announcement;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to safe HTML. commonmark renders (raw HTML in the file is allowed through to it), and the OWASP
 * sanitizer then keeps only formatting, blocks, tables and http(s)/mailto links, so a file can never put
 * script, styles, forms or frames on the portal.
 */
public final class AnnouncementRenderer {

    static final int SUMMARY_LENGTH = 220;

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "hr")
                    .allowElements("a").requireRelsOnLinks("noopener", "noreferrer")
                    .toFactory());

    private AnnouncementRenderer() {
    }

    public static String html(String markdown) {
        return sanitize(HTML.render(PARSER.parse(markdown)));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** The first paragraph as plain text, shortened at a word boundary. */
    public static String summary(String markdown) {
        Node document = PARSER.parse(markdown);
        Node first = document.getFirstChild();
        while (first != null && !(first instanceof Paragraph)) {
            first = first.getNext();
        }
        if (first == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        first.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return shorten(text.toString().strip().replaceAll("\\s+", " "));
    }

    static String shorten(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return text.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1).stripTrailing() + "\u2026";
    }
}
