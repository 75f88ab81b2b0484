package org.plenum.assessment.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.plenum.assessment.AssessmentException;

/**
 * An XLSForm expression ({@code relevant}, {@code constraint}) parsed into a tree, in the subset that ODK forms use
 * (decision 0051): {@code ${name}}, {@code .} (the answer itself), string literals in single or double quotes,
 * numbers, {@code = != < <= > >=}, {@code and}, {@code or}, {@code not(…)}, {@code selected(${x}, 'v')},
 * {@code count-selected(${x})}, {@code string-length(…)}, {@code regex(…, '…')} and parentheses. Anything else is
 * refused with an {@link AssessmentException} naming the expression and the position (1-based) where it goes wrong.
 *
 * <p>Values follow XPath 1.0: an unanswered question is the empty string; {@code =} and {@code !=} compare as
 * numbers when one side is a number (an answer that is not a number is then NaN, equal to nothing), otherwise as
 * text; {@code < <= > >=} always compare numbers; a text is true when not empty, a number when neither 0 nor NaN.
 */
public final class XlsFormExpression {

    /** A node of the tree. */
    public sealed interface Node {
    }

    public record Literal(Object value) implements Node {
    }

    public record Reference(String name) implements Node {
    }

    public record Self() implements Node {
    }

    public record Binary(String operator, Node left, Node right) implements Node {
    }

    public record Call(String function, List<Node> arguments) implements Node {
    }

    private static final Set<String> FUNCTIONS = Set.of("not", "selected", "count-selected", "string-length", "regex");

    private final String source;
    private final Node root;

    private XlsFormExpression(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    /** Parses {@code source}; an {@link AssessmentException} names the expression and the position of the problem. */
    public static XlsFormExpression parse(String source) {
        Parser parser = new Parser(source);
        Node root = parser.expression();
        parser.expectEnd();
        return new XlsFormExpression(source, root);
    }

    public String source() {
        return source;
    }

    public Node root() {
        return root;
    }

    /** The question names the expression reads ({@code ${name}}), in order of appearance. */
    public Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        collect(root, names);
        return names;
    }

    private static void collect(Node node, Set<String> names) {
        if (node instanceof Reference r) {
            names.add(r.name());
        } else if (node instanceof Binary b) {
            collect(b.left(), names);
            collect(b.right(), names);
        } else if (node instanceof Call c) {
            c.arguments().forEach(a -> collect(a, names));
        }
    }

    /**
     * Whether the expression holds when {@code answers} gives each question's answer ("" when unanswered) and
     * {@code self} is the answer that {@code .} stands for ("" in a {@code relevant}).
     */
    public boolean test(Function<String, String> answers, String self) {
        return bool(value(root, answers, self));
    }

    private Object value(Node node, Function<String, String> answers, String self) {
        if (node instanceof Literal l) {
            return l.value();
        }
        if (node instanceof Reference r) {
            String answer = answers.apply(r.name());
            return answer == null ? "" : answer;
        }
        if (node instanceof Binary b) {
            return binary(b, answers, self);
        }
        if (node instanceof Call c) {
            return call(c, answers, self);
        }
        return self == null ? "" : self;
    }

    private Object binary(Binary b, Function<String, String> answers, String self) {
        if (b.operator().equals("and")) {
            return bool(value(b.left(), answers, self)) && bool(value(b.right(), answers, self));
        }
        if (b.operator().equals("or")) {
            return bool(value(b.left(), answers, self)) || bool(value(b.right(), answers, self));
        }
        Object left = value(b.left(), answers, self);
        Object right = value(b.right(), answers, self);
        return switch (b.operator()) {
            case "=" -> equal(left, right);
            case "!=" -> !equal(left, right);
            case "<" -> number(left) < number(right);
            case "<=" -> number(left) <= number(right);
            case ">" -> number(left) > number(right);
            case ">=" -> number(left) >= number(right);
            default -> throw new IllegalStateException(b.operator());
        };
    }

    private static boolean equal(Object left, Object right) {
        if (left instanceof Boolean || right instanceof Boolean) {
            return bool(left) == bool(right);
        }
        if (left instanceof Double || right instanceof Double) {
            return number(left) == number(right);
        }
        return left.equals(right);
    }

    private Object call(Call c, Function<String, String> answers, String self) {
        List<Object> args = new ArrayList<>();
        for (Node argument : c.arguments()) {
            args.add(value(argument, answers, self));
        }
        return switch (c.function()) {
            case "not" -> !bool(args.get(0));
            case "selected" -> tokens(string(args.get(0))).contains(string(args.get(1)).strip());
            case "count-selected" -> (double) tokens(string(args.get(0))).size();
            case "string-length" -> (double) string(args.get(0)).codePointCount(0, string(args.get(0)).length());
            case "regex" -> {
                String pattern = string(args.get(1));
                try {
                    yield Pattern.compile(pattern).matcher(string(args.get(0))).matches();
                } catch (PatternSyntaxException e) {
                    throw new AssessmentException("Expression `" + source + "`: regex pattern '" + pattern
                            + "' is not a regular expression: " + e.getDescription());
                }
            }
            default -> throw new IllegalStateException(c.function());
        };
    }

    private static List<String> tokens(String value) {
        return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        return !value.toString().isEmpty();
    }

    static double number(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Double d) {
            return d;
        }
        String text = value.toString().strip();
        if (text.isEmpty() || !text.matches("-?[0-9]*\\.?[0-9]+")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    static String string(Object value) {
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof Double d) {
            return d.isNaN() ? "NaN" : d == Math.rint(d) && !Double.isInfinite(d)
                    ? Long.toString(d.longValue()) : Double.toString(d);
        }
        return value.toString();
    }

    // ---- parsing ----

    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text == null ? "" : text;
            if (this.text.isBlank()) {
                throw new AssessmentException("Expression `" + this.text + "` is empty");
            }
        }

        Node expression() {
            return or();
        }

        void expectEnd() {
            skipSpace();
            if (at < text.length()) {
                throw error("unexpected '" + rest() + "'");
            }
        }

        private Node or() {
            Node left = and();
            while (keyword("or")) {
                left = new Binary("or", left, and());
            }
            return left;
        }

        private Node and() {
            Node left = comparison();
            while (keyword("and")) {
                left = new Binary("and", left, comparison());
            }
            return left;
        }

        private Node comparison() {
            Node left = primary();
            skipSpace();
            for (String op : List.of("!=", "<=", ">=", "=", "<", ">")) {
                if (text.startsWith(op, at)) {
                    at += op.length();
                    Node right = primary();
                    skipSpace();
                    if (startsWithOperator()) {
                        throw error("a comparison cannot follow a comparison without parentheses");
                    }
                    return new Binary(op, left, right);
                }
            }
            return left;
        }

        private boolean startsWithOperator() {
            return at < text.length() && "=!<>".indexOf(text.charAt(at)) >= 0;
        }

        private Node primary() {
            skipSpace();
            if (at >= text.length()) {
                throw error("the expression ends where a value is expected");
            }
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (c == '$') {
                if (!text.startsWith("${", at)) {
                    throw error("a reference is written ${name}");
                }
                int end = text.indexOf('}', at);
                if (end < 0) {
                    throw error("the reference ${… is not closed with }");
                }
                String name = text.substring(at + 2, end).strip();
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.\\-]*")) {
                    throw error("'" + name + "' is not a question name");
                }
                at = end + 1;
                return new Reference(name);
            }
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, at + 1);
                if (end < 0) {
                    throw error("the text starting here is not closed with " + c);
                }
                String value = text.substring(at + 1, end);
                at = end + 1;
                return new Literal(value);
            }
            if (Character.isDigit(c) || (c == '-' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))
                    || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
                int start = at;
                at++;
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                String number = text.substring(start, at);
                try {
                    return new Literal(Double.parseDouble(number));
                } catch (NumberFormatException e) {
                    at = start;
                    throw error("'" + number + "' is not a number");
                }
            }
            if (c == '.') {
                at++;
                return new Self();
            }
            if (Character.isLetter(c)) {
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '-'
                        || text.charAt(at) == '_' || text.charAt(at) == ':')) {
                    at++;
                }
                String name = text.substring(start, at);
                skipSpace();
                if (!FUNCTIONS.contains(name) || at >= text.length() || text.charAt(at) != '(') {
                    at = start;
                    throw error("'" + name + "' is not supported (supported: ${name}, ., 'text', numbers,"
                            + " = != < <= > >=, and, or, not(), selected(), count-selected(), string-length(), regex())");
                }
                int callAt = start;
                at++;
                List<Node> arguments = new ArrayList<>();
                skipSpace();
                if (at < text.length() && text.charAt(at) == ')') {
                    at++;
                } else {
                    arguments.add(expression());
                    skipSpace();
                    while (at < text.length() && text.charAt(at) == ',') {
                        at++;
                        arguments.add(expression());
                        skipSpace();
                    }
                    expect(')');
                }
                int wanted = switch (name) {
                    case "selected", "regex" -> 2;
                    default -> 1;
                };
                if (arguments.size() != wanted) {
                    at = callAt;
                    throw error(name + "() takes " + wanted + (wanted == 1 ? " argument" : " arguments") + ", not "
                            + arguments.size());
                }
                if (name.equals("regex") && arguments.get(1) instanceof Literal l && l.value() instanceof String p) {
                    try {
                        Pattern.compile(p);
                    } catch (PatternSyntaxException e) {
                        at = callAt;
                        throw error("'" + p + "' is not a regular expression: " + e.getDescription());
                    }
                }
                return new Call(name, arguments);
            }
            throw error("unexpected '" + rest() + "'");
        }

        private boolean keyword(String word) {
            skipSpace();
            if (text.startsWith(word, at)) {
                int after = at + word.length();
                boolean boundary = after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after))
                        || text.charAt(after) == '-' || text.charAt(after) == '_');
                if (boundary) {
                    at = after;
                    return true;
                }
            }
            return false;
        }

        private void expect(char c) {
            skipSpace();
            if (at >= text.length()) {
                throw error("'" + c + "' expected, but the expression ends");
            }
            if (text.charAt(at) != c) {
                throw error("'" + c + "' expected, not '" + rest() + "'");
            }
            at++;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private String rest() {
            String rest = text.substring(at);
            return rest.length() > 20 ? rest.substring(0, 20) + "…" : rest;
        }

        private AssessmentException error(String why) {
            return new AssessmentException(String.format(Locale.ROOT, "Expression `%s` at position %d: %s", text,
                    at + 1, why));
        }
    }
}
