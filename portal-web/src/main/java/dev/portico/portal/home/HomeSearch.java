package dev.portico.portal.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Home's search box: a ticket number opens that ticket, any other text the ticket search. */
@Named
@RequestScoped
public class HomeSearch {

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public void go() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<String> target = SearchTarget.of(text, new DrillLinks(external.getRequestContextPath(), null));
        if (target.isPresent()) {
            try {
                external.redirect(target.get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
