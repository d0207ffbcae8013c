package dca.cli.drill;

import dca.srs.Rating;
import java.util.Set;

/** What the user did at one step of a card: an answer of the step's kind, or a command. */
public record Reply(Command command, String text, Rating rating, Set<Integer> picked) {
    /** Commands work at every step; INTERRUPT is a quit by Ctrl-C (the run then exits 130). */
    public enum Command { NONE, QUIT, INTERRUPT, SKIP, UNDO }

    public static Reply text(String text) { return new Reply(Command.NONE, text, null, null); }

    public static Reply grade(Rating rating) { return new Reply(Command.NONE, null, rating, null); }

    public static Reply pick(Set<Integer> picked) { return new Reply(Command.NONE, null, null, Set.copyOf(picked)); }

    public static Reply next() { return new Reply(Command.NONE, null, null, null); }

    public static Reply of(Command command) { return new Reply(command, null, null, null); }

    public boolean isCommand() { return command != Command.NONE; }
}
