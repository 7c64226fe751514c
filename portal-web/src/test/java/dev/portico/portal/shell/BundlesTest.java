package dev.portico.portal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle {@code X.properties} has an {@code X_de.properties} with exactly the same keys, and each key's
 * German text uses the same placeholders and is a valid MessageFormat pattern where the English one is.
 */
class BundlesTest {

    private static final Path FOLDER = Path.of("src/main/resources/dev/portico/portal/i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)");

    @Test
    void everyBundleHasAGermanTwinWithTheSameKeys() throws IOException {
        List<String> bases = bases();
        assertTrue(bases.containsAll(List.of("text", "messages")), "bundles found: " + bases);
        for (String base : bases) {
            Properties english = load(base + ".properties");
            Properties german = load(base + "_de.properties");
            Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
            onlyEnglish.removeAll(german.stringPropertyNames());
            Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
            onlyGerman.removeAll(english.stringPropertyNames());
            assertEquals(Set.of(), onlyEnglish, base + "_de.properties lacks these keys");
            assertEquals(Set.of(), onlyGerman, base + "_de.properties has keys " + base + ".properties lacks");
        }
    }

    @Test
    void placeholdersMatchPerKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String base : bases()) {
            Properties english = load(base + ".properties");
            Properties german = load(base + "_de.properties");
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String de = german.getProperty(key);
                if (de == null) {
                    continue;
                }
                Set<String> expected = placeholders(english.getProperty(key));
                Set<String> actual = placeholders(de);
                if (!expected.equals(actual)) {
                    problems.add(base + ":" + key + " has " + actual + ", English has " + expected);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** A lone ' in a pattern with arguments swallows text up to the next quote; it must be written ''. */
    @Test
    void patternsWithArgumentsFormatAndKeepTheirQuotes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String base : bases()) {
            for (String file : List.of(base + ".properties", base + "_de.properties")) {
                Properties bundle = load(file);
                for (String key : bundle.stringPropertyNames()) {
                    String pattern = bundle.getProperty(key);
                    if (!PLACEHOLDER.matcher(pattern).find() || pattern.contains("{startRecord}")) {
                        continue;
                    }
                    String formatted;
                    try {
                        formatted = new MessageFormat(pattern, Locale.GERMANY).format(new Object[] {2, 3, 4, 5});
                    } catch (IllegalArgumentException broken) {
                        problems.add(file + ":" + key + " is no valid pattern: " + broken.getMessage());
                        continue;
                    }
                    long quotesIn = pattern.chars().filter(c -> c == '\'').count();
                    long quotesOut = formatted.chars().filter(c -> c == '\'').count();
                    if (quotesIn != 2 * quotesOut) {
                        problems.add(file + ":" + key + " has a single quote that is not doubled");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theEnglishApostropheIsDoubledAndFormatsAsOne() throws IOException {
        String pattern = load("text.properties").getProperty("ticket.new.contact.added");
        assertEquals("Ann has been added and is the ticket's contact.",
                new MessageFormat(pattern, Locale.UK).format(new Object[] {"Ann"}));
    }

    @Test
    void germanChoicesAndNumbersFormatInGerman() throws IOException {
        Properties german = load("text_de.properties");
        assertEquals("1.234 Tickets",
                new MessageFormat(german.getProperty("ticket.list.total"), Locale.GERMANY).format(new Object[] {1234}));
        assertEquals("Keine Tickets",
                new MessageFormat(german.getProperty("ticket.list.total"), Locale.GERMANY).format(new Object[] {0}));
        assertEquals("Zu viele Versuche. Bitte versuchen Sie es in 1 Minute erneut.",
                new MessageFormat(german.getProperty("login.failed.throttled"), Locale.GERMANY)
                        .format(new Object[] {1}));
    }

    @Test
    void germanTextsAreNotLeftInEnglish() throws IOException {
        Properties english = load("text.properties");
        Properties german = load("text_de.properties");
        long same = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 12)
                .filter(key -> english.getProperty(key).equals(german.getProperty(key)))
                .count();
        assertEquals(1, same, "only \u201cPowered by Portico\u201d stays as it is");
        assertFalse(german.getProperty("login.submit").isBlank());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<String> bases() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        }
    }

    /** As {@code ResourceBundle} reads them: UTF-8. */
    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(FOLDER.resolve(file));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
