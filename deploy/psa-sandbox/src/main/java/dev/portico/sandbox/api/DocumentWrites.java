package dev.portico.sandbox.api;

import dev.portico.sandbox.seed.SeedIds;
import dev.portico.sandbox.seed.Seeder;
import dev.portico.sandbox.store.RecordCollection;
import dev.portico.sandbox.store.SandboxData;
import dev.portico.sandbox.store.SandboxData.DocumentLink;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** {@code POST /system/documents}: a multipart upload attached to a record. */
final class DocumentWrites {

    /** Uploads above this size are refused with 413; ConnectWise documents no limit, the sandbox keeps files in memory. */
    static final int MAX_BYTES = 30 * 1024 * 1024;
    static final List<String> RECORD_TYPES = List.of("Ticket", "Agreement", "Company", "Configuration", "Contact",
            "Expense", "Opportunity", "PurchaseOrder", "Project", "SalesOrder", "ServiceTemplate", "Rma");

    private final SandboxData d;
    private final Supplier<Instant> clock;

    DocumentWrites(SandboxData data, Supplier<Instant> clock) {
        this.d = data;
        this.clock = clock;
    }

    JsonObject upload(String contentType, byte[] body) {
        Map<String, Multipart.Part> parts;
        try {
            parts = Multipart.parse(contentType, body);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("document", "InvalidObject", null, "The upload is invalid: " + e.getMessage() + ".");
        }
        Validation val = new Validation("document");
        Multipart.Part file = parts.get("file");
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            val.missing("file");
        }
        String recordType = text(parts, "recordType");
        String canonicalType = RECORD_TYPES.stream().filter(t -> t.equalsIgnoreCase(recordType)).findFirst().orElse(null);
        if (recordType == null) {
            val.missing("recordType");
        } else if (canonicalType == null) {
            val.invalid("recordType", "The recordType must be one of " + String.join(", ", RECORD_TYPES) + ".");
        }
        String recordIdText = text(parts, "recordId");
        Integer recordId = null;
        if (recordIdText == null) {
            val.missing("recordId");
        } else {
            try {
                recordId = Integer.parseInt(recordIdText.trim());
            } catch (NumberFormatException e) {
                val.invalid("recordId", "The recordId must be a number.");
            }
        }
        if (canonicalType != null && recordId != null && !exists(canonicalType, recordId)) {
            val.invalid("recordId", "The " + canonicalType + " with id " + recordId + " was not found.");
        }
        String privateText = text(parts, "privateFlag");
        if (privateText != null && !privateText.trim().equalsIgnoreCase("true") && !privateText.trim().equalsIgnoreCase("false")) {
            val.invalid("privateFlag", "The privateFlag must be true or false.");
        }
        val.check();
        if (file.data().length > MAX_BYTES) {
            throw new ApiException(413, "InvalidObject", "The file is larger than " + MAX_BYTES + " bytes.",
                    List.of(new ApiException.FieldError("InvalidField", "The file is too large.", "document", "file")));
        }
        boolean isPrivate = privateText == null || privateText.trim().equalsIgnoreCase("true");
        String title = text(parts, "title");
        String fileName = file.fileName().replace('\\', '/');
        fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
        RecordCollection documents = d.documents;
        int id = documents.nextId();
        JsonObject info = Seeder.documentInfo(id, title == null || title.isBlank() ? fileName : title.trim(), fileName,
                file.data().length, !isPrivate, SeedIds.API_MEMBER, clock.get(), UUID.randomUUID());
        d.documentContent.put(id, file.data());
        d.documentLinks.put(id, new DocumentLink(canonicalType, recordId));
        return documents.put(info);
    }

    private boolean exists(String recordType, int id) {
        return switch (recordType) {
            case "Ticket" -> d.tickets.get(id) != null || d.projectTickets.get(id) != null;
            case "Agreement" -> d.agreements.get(id) != null;
            case "Company" -> d.companies.get(id) != null;
            case "Configuration" -> d.configurations.get(id) != null;
            case "Contact" -> d.contacts.get(id) != null;
            case "Opportunity" -> d.opportunities.get(id) != null;
            case "Project" -> d.projects.get(id) != null;
            default -> true;
        };
    }

    private static String text(Map<String, Multipart.Part> parts, String name) {
        for (Map.Entry<String, Multipart.Part> e : parts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().text();
            }
        }
        return null;
    }

    static String mediaType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (lower.endsWith(".gif")) {
            return "image/gif";
        }
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".txt") || lower.endsWith(".log") || lower.endsWith(".csv")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
