package dev.portico.portal.home;

import dev.portico.portal.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;

/** The home page: the cards the signed-in user may see, in order. */
@Named
@RequestScoped
public class Home {

    @Inject
    Instance<HomeWidgetContribution> contributions;

    @Inject
    CurrentUser currentUser;

    private List<HomeWidget> widgets;

    public List<HomeWidget> getWidgets() {
        if (widgets == null) {
            widgets = contributions.stream()
                    .flatMap(contribution -> contribution.homeWidgets().stream())
                    .filter(widget -> widget.requires().map(currentUser::may).orElse(true))
                    .sorted(Comparator.comparingInt(HomeWidget::order).thenComparing(HomeWidget::id))
                    .toList();
        }
        return widgets;
    }
}
