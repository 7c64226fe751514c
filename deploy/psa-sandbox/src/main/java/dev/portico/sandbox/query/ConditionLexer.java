package dev.portico.sandbox.query;

import java.util.ArrayList;
import java.util.List;

/** Splits a ConnectWise conditions string into tokens; string escapes are resolved here. */
final class ConditionLexer {

    enum Kind { WORD, STRING, NUMBER, DATETIME, OPERATOR, OPEN, CLOSE, COMMA, END }

    record Token(Kind kind, String text, int position) {

        boolean isWord(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return switch (kind) {
                case END -> "the end of the expression";
                case STRING -> "the string \"" + text + "\" at position " + (position + 1);
                default -> "'" + text + "' at position " + (position + 1);
            };
        }
    }

    private final String input;
    private int pos;

    private ConditionLexer(String input) {
        this.input = input;
    }

    static List<Token> tokenize(String input) {
        return new ConditionLexer(input).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= input.length()) {
                tokens.add(new Token(Kind.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipWhitespace() {
        while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
            pos++;
        }
    }

    private Token next() {
        int start = pos;
        char c = input.charAt(pos);
        switch (c) {
            case '(':
                pos++;
                return new Token(Kind.OPEN, "(", start);
            case ')':
                pos++;
                return new Token(Kind.CLOSE, ")", start);
            case ',':
                pos++;
                return new Token(Kind.COMMA, ",", start);
            case '"', '\'':
                return string(c);
            case '[':
                return datetime();
            case '=':
                pos++;
                return new Token(Kind.OPERATOR, "=", start);
            case '!':
                if (peek(1) == '=') {
                    pos += 2;
                    return new Token(Kind.OPERATOR, "!=", start);
                }
                throw syntax("'!' must be followed by '=' at position " + (start + 1));
            case '<', '>':
                pos++;
                if (peek(0) == '=') {
                    pos++;
                    return new Token(Kind.OPERATOR, c + "=", start);
                }
                if (c == '<' && peek(0) == '>') {
                    throw new QueryException("InvalidOperator", "conditions",
                            "Unknown operator '<>' at position " + (start + 1) + "; use !=");
                }
                return new Token(Kind.OPERATOR, String.valueOf(c), start);
            default:
                if (c == '-' || Character.isDigit(c)) {
                    return number();
                }
                if (Character.isLetter(c) || c == '_') {
                    return word();
                }
                throw syntax("Unexpected character '" + c + "' at position " + (start + 1));
        }
    }

    private char peek(int offset) {
        int i = pos + offset;
        return i < input.length() ? input.charAt(i) : '\0';
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < input.length()) {
            char c = input.charAt(pos++);
            if (c == quote) {
                return new Token(Kind.STRING, sb.toString(), start);
            }
            if (c == '\\') {
                if (pos >= input.length()) {
                    break;
                }
                char escaped = input.charAt(pos++);
                if (escaped != '\\' && escaped != '"' && escaped != '\'') {
                    throw syntax("Unknown escape sequence '\\" + escaped + "' in the string starting at position "
                            + (start + 1) + "; only \\\\, \\\" and \\' are allowed");
                }
                sb.append(escaped);
            } else {
                sb.append(c);
            }
        }
        throw syntax("Unterminated string starting at position " + (start + 1));
    }

    private Token datetime() {
        int start = pos++;
        int end = input.indexOf(']', pos);
        if (end < 0) {
            throw syntax("Unterminated date starting at position " + (start + 1) + "; expected ']'");
        }
        String text = input.substring(pos, end).trim();
        pos = end + 1;
        return new Token(Kind.DATETIME, text, start);
    }

    private Token number() {
        int start = pos;
        if (input.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
            pos++;
        }
        if (pos < input.length() && input.charAt(pos) == '.') {
            pos++;
            while (pos < input.length() && Character.isDigit(input.charAt(pos))) {
                pos++;
            }
        }
        if (pos == digits || (pos < input.length() && (Character.isLetter(input.charAt(pos)) || input.charAt(pos) == '_'))) {
            throw syntax("Malformed number at position " + (start + 1));
        }
        return new Token(Kind.NUMBER, input.substring(start, pos), start);
    }

    private Token word() {
        int start = pos;
        while (pos < input.length()) {
            char c = input.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '/' || c == '.') {
                pos++;
            } else {
                break;
            }
        }
        return new Token(Kind.WORD, input.substring(start, pos), start);
    }

    static QueryException syntax(String message) {
        return new QueryException("InvalidSyntax", "conditions", message);
    }
}
