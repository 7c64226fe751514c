package dev.portico.sandbox.query;

/**
 * A list request the sandbox refuses, as ConnectWise does with a 400. {@code code} is the validation error code
 * (e.g. {@code InvalidField}), {@code parameter} the query parameter at fault (e.g. {@code conditions}).
 */
public class QueryException extends RuntimeException {

    private final String code;
    private final String parameter;

    public QueryException(String code, String parameter, String message) {
        super(message);
        this.code = code;
        this.parameter = parameter;
    }

    public String code() {
        return code;
    }

    public String parameter() {
        return parameter;
    }

    /** The same error re-attributed to another parameter (the parser does not know which one it is parsing). */
    public QueryException in(String otherParameter) {
        return new QueryException(code, otherParameter, getMessage());
    }
}
