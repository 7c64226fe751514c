package dev.portico.portal.branding;

import java.util.Locale;

/**
 * Shades derived from the one configured primary colour, so an MSP sets a single value and still
 * gets hover states, tints and a readable text colour on top of it.
 */
public record BrandPalette(String primary, String primaryDark, String primaryDarker, String primarySoft,
        String primaryContrast, String focusRing) {

    private static final String LIGHT_TEXT = "#ffffff";
    private static final String DARK_TEXT = "#0f172a";

    /** @param primary a normalised {@code #rrggbb} colour (see {@link BrandSettings}) */
    public static BrandPalette of(String primary) {
        int[] rgb = rgb(primary);
        return new BrandPalette(
                primary,
                hex(mix(rgb, new int[] {0, 0, 0}, 0.18)),
                hex(mix(rgb, new int[] {0, 0, 0}, 0.35)),
                hex(mix(rgb, new int[] {255, 255, 255}, 0.90)),
                contrastText(rgb),
                String.format(Locale.ROOT, "rgba(%d, %d, %d, 0.35)", rgb[0], rgb[1], rgb[2]));
    }

    /** The stylesheet served at /branding/brand.css: custom properties only, read by portal.css. */
    public String css() {
        return ":root {\n"
                + "  --portal-primary: " + primary + ";\n"
                + "  --portal-primary-dark: " + primaryDark + ";\n"
                + "  --portal-primary-darker: " + primaryDarker + ";\n"
                + "  --portal-primary-soft: " + primarySoft + ";\n"
                + "  --portal-primary-contrast: " + primaryContrast + ";\n"
                + "  --portal-focus-ring: " + focusRing + ";\n"
                + "  --primary-color: " + primary + ";\n"
                + "  --primary-color-text: " + primaryContrast + ";\n"
                + "}\n";
    }

    /** White or near-black, whichever has the higher WCAG contrast ratio against the colour. */
    static String contrastText(int[] rgb) {
        double luminance = relativeLuminance(rgb);
        double withWhite = 1.05 / (luminance + 0.05);
        double withDark = (luminance + 0.05) / (relativeLuminance(rgb(DARK_TEXT)) + 0.05);
        return withWhite >= withDark ? LIGHT_TEXT : DARK_TEXT;
    }

    static double relativeLuminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double channel = rgb[i] / 255.0;
            linear[i] = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static int[] mix(int[] color, int[] with, double amount) {
        int[] mixed = new int[3];
        for (int i = 0; i < 3; i++) {
            mixed[i] = (int) Math.round(color[i] * (1 - amount) + with[i] * amount);
        }
        return mixed;
    }

    private static String hex(int[] rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }
}
