package dev.portico.psa.contact;

import java.util.EnumMap;
import java.util.Map;

/** Copies slot maps, leaving out blank entries. */
final class Slots {

    private Slots() {
    }

    static Map<EmailSlot, String> emails(Map<EmailSlot, String> emails) {
        Map<EmailSlot, String> copy = new EnumMap<>(EmailSlot.class);
        if (emails != null) {
            emails.forEach((slot, address) -> {
                if (slot != null && address != null && !address.isBlank()) {
                    copy.put(slot, address.strip());
                }
            });
        }
        return Map.copyOf(copy);
    }

    static Map<PhoneSlot, PhoneNumber> phones(Map<PhoneSlot, PhoneNumber> phones) {
        Map<PhoneSlot, PhoneNumber> copy = new EnumMap<>(PhoneSlot.class);
        if (phones != null) {
            phones.forEach((slot, phone) -> {
                if (slot != null && phone != null && !phone.number().isEmpty()) {
                    copy.put(slot, phone);
                }
            });
        }
        return Map.copyOf(copy);
    }
}
