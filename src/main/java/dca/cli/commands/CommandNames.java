package dca.cli.commands;

import dca.deck.EditDistance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The words that pick a command: where it is in the arguments, {@code help CMD}, and suggestions for a typo. */
final class CommandNames {
    private CommandNames() {}

    /** The index of the first argument that is not a global option (or its value), or -1. */
    static int indexOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--notes") || a.equals("--progress")) {
                i++;
            } else if (!a.startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    /** {@code dca help [CMD…]} is {@code dca [CMD…] --help}: one page, however it was asked for. */
    static String[] helpAsOption(String[] args) {
        int i = indexOf(args);
        if (i < 0 || !args[i].equals("help")) return args;
        List<String> out = new ArrayList<>(Arrays.asList(args));
        out.remove(i);
        out.add("--help");
        return out.toArray(String[]::new);
    }

    /** Names close to {@code typed}, closest first: a small edit away, or starting with it. */
    static List<String> suggest(String typed, List<String> names) {
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String n : names) {
            int d = EditDistance.between(typed.toLowerCase(java.util.Locale.ROOT), n);
            // Two edits (a swapped pair of letters) for names of four letters or more, one for shorter ones.
            if (d <= (n.length() >= 4 ? 2 : 1) || typed.length() >= 2 && n.startsWith(typed)) scored.add(new Scored(n, d));
        }
        scored.sort(Comparator.comparingInt(Scored::distance));
        return scored.stream().map(Scored::name).limit(3).toList();
    }

    /** "'quiz'", "'quiz' or 'review'", "'a', 'b' or 'c'". */
    static String quoted(List<String> names) {
        List<String> q = names.stream().map(n -> "'" + n + "'").toList();
        if (q.size() <= 1) return String.join("", q);
        return String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }
}
