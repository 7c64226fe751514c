package dev.portico.psa.connectwise.contact;

import dev.portico.psa.connectwise.rest.CwCommunicationItem;
import dev.portico.psa.contact.EmailSlot;
import dev.portico.psa.contact.PhoneSlot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which ConnectWise communication item holds which neutral slot. An item holds the slot whose configured
 * type name it carries; an e-mail address of another type holds OTHER, and a fax number of another type
 * holds FAX, when free. The default item wins when two items claim one slot. Everything else holds no slot.
 */
final class ContactSlots {

    private final Map<EmailSlot, String> emailTypes;
    private final Map<PhoneSlot, String> phoneTypes;

    ContactSlots(Map<EmailSlot, String> emailTypes, Map<PhoneSlot, String> phoneTypes) {
        this.emailTypes = emailTypes;
        this.phoneTypes = phoneTypes;
    }

    String emailType(EmailSlot slot) {
        return emailTypes.get(slot);
    }

    String phoneType(PhoneSlot slot) {
        return phoneTypes.get(slot);
    }

    record Assignment(Map<EmailSlot, CwCommunicationItem> emails, Map<PhoneSlot, CwCommunicationItem> phones,
            List<CwCommunicationItem> unassigned) {
    }

    Assignment assign(List<CwCommunicationItem> items) {
        Map<EmailSlot, CwCommunicationItem> emails = new EnumMap<>(EmailSlot.class);
        Map<PhoneSlot, CwCommunicationItem> phones = new EnumMap<>(PhoneSlot.class);
        List<CwCommunicationItem> left = new ArrayList<>();
        List<CwCommunicationItem> ordered = new ArrayList<>(items);
        // default items first, so they win a contested slot
        ordered.sort((a, b) -> Boolean.compare(Boolean.TRUE.equals(b.defaultFlag()), Boolean.TRUE.equals(a.defaultFlag())));
        List<CwCommunicationItem> untyped = new ArrayList<>();
        for (CwCommunicationItem item : ordered) {
            if (item == null || item.value() == null || item.value().isBlank()) {
                continue;
            }
            String type = typeName(item);
            if (item.isEmail()) {
                EmailSlot slot = slotNamed(emailTypes, type);
                if (slot != null && !emails.containsKey(slot)) {
                    emails.put(slot, item);
                    continue;
                }
            } else if (item.isPhone() || isFax(item)) {
                PhoneSlot slot = slotNamed(phoneTypes, type);
                if (slot != null && !phones.containsKey(slot)) {
                    phones.put(slot, item);
                    continue;
                }
            }
            untyped.add(item);
        }
        for (CwCommunicationItem item : untyped) {
            if (item.isEmail() && !emails.containsKey(EmailSlot.OTHER)
                    && slotNamed(emailTypes, typeName(item)) == null) {
                emails.put(EmailSlot.OTHER, item);
            } else if (isFax(item) && !phones.containsKey(PhoneSlot.FAX)
                    && slotNamed(phoneTypes, typeName(item)) == null) {
                phones.put(PhoneSlot.FAX, item);
            } else {
                left.add(item);
            }
        }
        return new Assignment(emails, phones, left);
    }

    private static boolean isFax(CwCommunicationItem item) {
        return "Fax".equalsIgnoreCase(item.communicationType());
    }

    private static String typeName(CwCommunicationItem item) {
        return item.type() != null && item.type().name() != null ? item.type().name() : null;
    }

    private static <S extends Enum<S>> S slotNamed(Map<S, String> names, String type) {
        if (type == null) {
            return null;
        }
        return names.entrySet().stream().filter(e -> type.equalsIgnoreCase(e.getValue())).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(null);
    }
}
