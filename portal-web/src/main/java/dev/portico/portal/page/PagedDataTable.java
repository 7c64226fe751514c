package dev.portico.portal.page;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.logging.Logger;
import org.primefaces.component.datatable.DataTable;

/**
 * Every {@code p:dataTable} of the portal (registered for PrimeFaces' component type in faces-config.xml). A paging
 * request with values the paginator never sends (a negative or non-numeric first row, a page size that is not one
 * of the table's choices) would make PrimeFaces throw while rendering, so the user got the error page. Such values
 * are ignored instead: the table shows its current page again. {@link PagedListModel} clamps what remains.
 */
public class PagedDataTable extends DataTable {

    private static final Logger LOG = Logger.getLogger(PagedDataTable.class.getName());

    @Override
    public void updatePaginationData(FacesContext context) {
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String clientId = getClientId(context);
        String rows = params.get(clientId + "_rows");
        String first = params.get(clientId + "_first");
        if (offered(rows, getRowsPerPageTemplate(), getRows()) && nonNegative(first)) {
            super.updatePaginationData(context);
        } else {
            LOG.warning(() -> "Ignored paging values that " + clientId + " never offers: first=" + first + ", rows=" + rows);
            setRowIndex(-1);
        }
    }

    /** Whether {@code rows} is one of the page sizes the paginator offers (PrimeFaces' own rule, null refused). */
    static boolean offered(String rows, String template, int currentRows) {
        if (rows == null) {
            return false;
        }
        if (template == null) {
            return currentRows > 0 && Integer.toString(currentRows).equals(rows);
        }
        for (String choice : template.split("[,]+")) {
            String offered = choice.trim();
            if (offered.equals(rows) || offered.startsWith("{ShowAll|") && rows.equals("*")) {
                return true;
            }
        }
        return false;
    }

    static boolean nonNegative(String first) {
        if (first == null || first.isEmpty() || first.length() > 9) {
            return false;
        }
        for (int i = 0; i < first.length(); i++) {
            if (!Character.isDigit(first.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
