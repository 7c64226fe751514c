package dev.portico.portal.ticket;

import dev.portico.portal.config.ConfigValues;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ticket screens' knobs. The attachment size limit is the PSA's ({@code PsaCapabilities.attachmentMaxBytes}),
 * so the form checks the same limit the connector enforces.
 *
 * @param allowedFileTypes lower-case file extensions an upload may have
 */
public record TicketSettings(
        int pageSize,
        int exportMaxRows,
        long attachmentMaxBytes,
        Set<String> allowedFileTypes,
        int attachmentMaxFiles,
        ZoneId zone) {

    public static final String PAGE_SIZE = "portal.ticket.page-size";
    public static final String EXPORT_MAX_ROWS = "portal.ticket.export.max-rows";
    public static final String ALLOWED_FILE_TYPES = "portal.ticket.attachment.allowed-types";
    public static final String MAX_FILES = "portal.ticket.attachment.max-files";
    public static final String TIME_ZONE = ConfigValues.TIME_ZONE;

    static final String DEFAULT_TYPES = "pdf,txt,log,csv,png,jpg,jpeg,gif,bmp,webp,heic,doc,docx,xls,xlsx,ppt,pptx,odt,"
            + "ods,rtf,zip,7z,eml,msg,xml,json";

    /** @throws IllegalArgumentException naming the key of a value out of range */
    public TicketSettings {
        ConfigValues.range(PAGE_SIZE, pageSize, 5, 100);
        ConfigValues.range(EXPORT_MAX_ROWS, exportMaxRows, 1, 100_000);
        allowedFileTypes = Set.copyOf(allowedFileTypes);
        if (attachmentMaxBytes < 1) {
            throw new IllegalArgumentException("The attachment limit must be positive, is " + attachmentMaxBytes);
        }
        ConfigValues.range(MAX_FILES, attachmentMaxFiles, 1, 50);
    }

    /**
     * The defaults, with the PSA's attachment limit.
     *
     * @param maxBytes the PSA's attachment limit ({@code PsaCapabilities.attachmentMaxBytes})
     */
    public static TicketSettings defaults(long maxBytes, ZoneId zone) {
        return new TicketSettings(25, 5000, maxBytes, fileTypes(DEFAULT_TYPES), 10, zone);
    }

    /** The largest attachment in whole megabytes, for messages. */
    public long attachmentMaxMegabytes() {
        return Math.max(1, attachmentMaxBytes / (1024 * 1024));
    }

    /** The allowed extensions as PrimeFaces' {@code allowTypes} regular expression. */
    public String allowTypesPattern() {
        return "/(\\.|\\/)(" + String.join("|", allowedFileTypes.stream().sorted().toList()) + ")$/i";
    }

    /** The allowed extensions for the file chooser's {@code accept} and for messages, e.g. ".pdf,.png". */
    public String acceptList() {
        return allowedFileTypes.stream().sorted().map(t -> "." + t).collect(Collectors.joining(","));
    }

    public boolean allowsFile(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && dot < fileName.length() - 1
                && allowedFileTypes.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The extensions of a {@value #ALLOWED_FILE_TYPES} value such as {@code .PDF, png}, lower case. */
    public static Set<String> fileTypes(String value) {
        Set<String> types = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String type = part.strip().toLowerCase(Locale.ROOT);
            if (type.startsWith(".")) {
                type = type.substring(1);
            }
            if (type.isEmpty()) {
                continue;
            }
            if (!type.matches("[a-z0-9]{1,10}")) {
                throw new IllegalArgumentException(ALLOWED_FILE_TYPES + " must list file extensions such as pdf,png, has '"
                        + part.strip() + "'");
            }
            types.add(type);
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException(ALLOWED_FILE_TYPES + " must name at least one file extension");
        }
        return types;
    }
}
