package dev.portico.portal.branding;

import dev.portico.portal.branding.BrandSettings.Logo;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves the generated brand stylesheet (colour custom properties, so the views need no inline
 * styles) and the logo when it is the bundled one or a file on the server.
 */
@WebServlet(urlPatterns = {Brand.STYLESHEET_PATH, Brand.LOGO_PATH})
public class BrandingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BrandingServlet.class.getName());
    private static final String BUNDLED_LOGO = "logo.svg";
    private static final String CACHE_ONE_DAY = "public, max-age=86400";
    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp", "ico", "image/x-icon");

    @Inject
    transient Brand brand;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Brand.STYLESHEET_PATH.equals(request.getServletPath())) {
            byte[] css = brand.palette().css().getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/css;charset=UTF-8");
            response.setHeader("Cache-Control", CACHE_ONE_DAY);
            response.setContentLength(css.length);
            response.getOutputStream().write(css);
            return;
        }
        serveLogo(response);
    }

    private void serveLogo(HttpServletResponse response) throws IOException {
        Logo logo = brand.settings().logo();
        // an SVG may carry script; served on its own it must not be able to run any
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        response.setHeader("Cache-Control", CACHE_ONE_DAY);
        if (logo.kind() == Logo.Kind.FILE) {
            Path file = Path.of(logo.location());
            String type = IMAGE_TYPES.get(extension(file.getFileName().toString()));
            if (type == null || !Files.isRegularFile(file)) {
                LOG.log(Level.WARNING, "{0} is not a readable image file; serving the bundled logo", file);
            } else {
                response.setContentType(type);
                response.setContentLengthLong(Files.size(file));
                Files.copy(file, response.getOutputStream());
                return;
            }
        }
        response.setContentType(IMAGE_TYPES.get("svg"));
        try (InputStream in = BrandingServlet.class.getResourceAsStream(BUNDLED_LOGO)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
