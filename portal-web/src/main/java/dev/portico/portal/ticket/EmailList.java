package dev.portico.portal.ticket;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Other e-mail recipients of a note, typed as one text: addresses separated by commas, semicolons, spaces or
 * line breaks. {@code invalid} lists what is not an address, so the form can name it.
 */
public record EmailList(List<String> addresses, List<String> invalid) {

    /** A pragmatic check (local part, @, domain with a dot); the connector applies the same rule again. */
    static final Pattern ADDRESS = Pattern.compile("[^@\\s;,\"<>]{1,64}@[^@\\s;,\"<>]{1,190}\\.[A-Za-z]{2,24}");
    public static final int MAX = 20;

    public EmailList {
        addresses = List.copyOf(addresses);
        invalid = List.copyOf(invalid);
    }

    public static EmailList parse(String text) {
        if (text == null || text.isBlank()) {
            return new EmailList(List.of(), List.of());
        }
        Set<String> valid = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (ADDRESS.matcher(address).matches()) {
                valid.add(address);
            } else {
                bad.add(address);
            }
        }
        return new EmailList(new ArrayList<>(valid), bad);
    }

    public boolean isValid() {
        return invalid.isEmpty() && addresses.size() <= MAX;
    }
}
