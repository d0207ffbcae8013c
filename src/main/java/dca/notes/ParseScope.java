package dca.notes;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.Node;

/**
 * What is worked out about a node once per parse and asked for by many rules (its text, the
 * commands in a code block, the term a bullet names). Held by the thread running the parse,
 * from {@link #open} to {@link #close}; outside a parse nothing is kept and every question is
 * answered afresh.
 */
final class ParseScope {
    private static final ThreadLocal<ParseScope> CURRENT = new ThreadLocal<>();

    private final Map<Node, String> texts = new IdentityHashMap<>();
    private final Map<Class<?>, Map<Node, Object>> derived = new java.util.HashMap<>();

    private ParseScope() {}

    static void open() {
        CURRENT.set(new ParseScope());
    }

    static void close() {
        CURRENT.remove();
    }

    /** The node's text, rendered by {@code render} the first time it is asked for in this parse. */
    static String text(Node n, Function<Node, String> render) {
        ParseScope s = CURRENT.get();
        if (s == null) return render.apply(n);
        return s.texts.computeIfAbsent(n, render);
    }

    private final Map<Class<?>, Map<Object, Object>> keyed = new java.util.HashMap<>();

    /** A value of one kind worked out from a key (a sentence's text, a line) once per parse. */
    @SuppressWarnings("unchecked")
    static <K, T> T keyed(Class<?> kind, K key, Function<K, T> derive) {
        ParseScope s = CURRENT.get();
        if (s == null) return derive.apply(key);
        Map<Object, Object> values = s.keyed.computeIfAbsent(kind, k -> new java.util.HashMap<>());
        Object v = values.get(key);
        if (v == null) {
            v = derive.apply(key);
            values.put(key, v);
        }
        return (T) v;
    }

    /** A value of one kind ({@code kind} names it: code lines, a bullet's term) derived from the node once. */
    @SuppressWarnings("unchecked")
    static <T> T derived(Node n, Class<?> kind, Function<Node, T> derive) {
        ParseScope s = CURRENT.get();
        if (s == null) return derive.apply(n);
        Map<Node, Object> values = s.derived.computeIfAbsent(kind, k -> new IdentityHashMap<>());
        Object v = values.get(n);
        if (v == null && !values.containsKey(n)) {
            v = derive.apply(n);
            values.put(n, v);
        }
        return (T) v;
    }
}
