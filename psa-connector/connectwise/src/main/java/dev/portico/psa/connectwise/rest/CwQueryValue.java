package dev.portico.psa.connectwise.rest;

/**
 * Makes a query value reach ConnectWise exactly as written. The REST client reads query values as URI
 * templates: a {@code {} or {@code }} would start a template variable (and fail the call), and a
 * {@code %XX} would be taken as already encoded. Escaping {@code %}, {@code {} and {@code }} first leaves
 * every other character to the client's own encoding, so a search for {@code {printer}} or {@code 100%}
 * arrives as typed.
 */
public final class CwQueryValue {

    private CwQueryValue() {
    }

    /** {@code value} with {@code %}, {@code {} and {@code }} percent-encoded; null stays null. */
    public static String literal(String value) {
        if (value == null || value.indexOf('%') < 0 && value.indexOf('{') < 0 && value.indexOf('}') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '{' -> out.append("%7B");
                case '}' -> out.append("%7D");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
