package dev.portico.e2e.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The sandbox's ConnectWise API member from {@code deploy/demo-config/connectwise.properties} and its Autotask API
 * user from {@code autotask.properties} beside it: the connectors ship no credentials, so the demo server and the
 * connector tests pass these. System property {@code demo.config} points at another ConnectWise file (the Autotask
 * file is read from the same folder); the default is relative to this module's folder (Maven's working directory
 * for the tests).
 */
public final class DemoConfig {

    private static final Path CONNECTWISE_FILE = Path.of(
            System.getProperty("demo.config", "../demo-config/connectwise.properties"));
    private static final Map<String, String> CONNECTWISE = load(CONNECTWISE_FILE);
    private static final Map<String, String> AUTOTASK = load(CONNECTWISE_FILE.resolveSibling("autotask.properties"));

    private DemoConfig() {
    }

    /** Every key of the file, e.g. {@code psa.connectwise.company-id}. */
    public static Map<String, String> connectWise() {
        return CONNECTWISE;
    }

    public static String connectWise(String key) {
        String value = CONNECTWISE.get(key);
        if (value == null) {
            throw new IllegalStateException("The demo configuration has no " + key);
        }
        return value;
    }

    /** Every key of {@code autotask.properties}, e.g. {@code psa.autotask.username}. */
    public static Map<String, String> autotask() {
        return AUTOTASK;
    }

    public static String autotask(String key) {
        String value = AUTOTASK.get(key);
        if (value == null) {
            throw new IllegalStateException("The demo configuration has no " + key);
        }
        return value;
    }

    /**
     * {@code portal-managed-passwords.properties} beside the ConnectWise file: {@code portal.passwords.managed=true}
     * and the seeded hashes of the demo log-ins, for runs where Portico checks passwords itself (a PSA without
     * portal passwords, or ConnectWise with managed passwords). Not part of the default ConnectWise demo.
     */
    public static Map<String, String> managedPasswords() {
        return load(CONNECTWISE_FILE.resolveSibling("portal-managed-passwords.properties"));
    }

    private static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo configuration " + file.toAbsolutePath() + " cannot be read", e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return Map.copyOf(values);
    }
}
