package dev.portico.portal.announcement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnouncementRendererTest {

    @Test
    void keepsFormattingListsTablesAndWebLinks() {
        String html = AnnouncementRenderer.html("""
                ## What changes

                - *faster* pages
                - `code` and ~~old~~ things

                <table><tr><td>Mon</td><td>22:00</td></tr></table>

                [Status](https://status.example.com) or [mail us](mailto:help@example.com)
                """);

        assertTrue(html.contains("<h2>What changes</h2>"), html);
        assertTrue(html.contains("<li><em>faster</em> pages</li>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
        assertTrue(html.contains("<td>Mon</td>"), html);
        assertTrue(html.contains("href=\"https://status.example.com\""), html);
        assertTrue(html.contains("href=\"mailto:help&#64;example.com\"") || html.contains("href=\"mailto:help@example.com\""),
                html);
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\"") || html.contains("noopener"), html);
    }

    @Test
    void removesScriptsHandlersStylesFramesAndJavascriptLinks() {
        String html = AnnouncementRenderer.html("""
                Hello <script>alert('x')</script> <img src=x onerror="alert(1)"> <b onclick="steal()">bold</b>

                <iframe src="https://evil.example"></iframe><style>body{display:none}</style>
                <form action="https://evil.example"><input name="password"></form>

                [click](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">two</a> <a href="data:text/html,x">three</a>
                """);

        for (String forbidden : new String[] {"<script", "alert('x')", "onerror", "onclick", "<iframe", "<style",
            "display:none", "<form", "<input", "javascript:", "JaVaScRiPt", "data:text"}) {
            assertFalse(html.toLowerCase().contains(forbidden.toLowerCase()), forbidden + " in " + html);
        }
        assertTrue(html.contains("<b>bold</b>"), html);
        assertTrue(html.contains("click"), html);
    }
}
