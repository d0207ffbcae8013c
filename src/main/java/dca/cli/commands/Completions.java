package dca.cli.commands;

import dca.cli.run.DeckSources;
import dca.cli.run.Env;
import dca.cli.run.GlobalOptions;
import dca.deck.Domain;
import dca.notes.NaturalOrder;
import dca.progress.SettingKey;
import dca.share.ExportFormat;
import dca.study.exam.ExamFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * What may come next on a dca command line, for the shells' Tab ({@code dca __complete}) and the
 * built-in shell alike: commands, options, and the values of the slot being typed — deck names
 * (read from the notes the line names, at completion time), setting names and values, formats and
 * domains. Nothing for a file slot: the shell then completes file names itself.
 */
final class Completions {
    private final CommandSpec root;
    private final Env env;
    private final GlobalOptions defaults;

    /** {@code root}: the dca command with every subcommand; {@code defaults}: the --notes and --progress a line does not give. */
    Completions(CommandSpec root, Env env, GlobalOptions defaults) {
        this.root = root;
        this.env = env;
        this.defaults = defaults;
    }

    /** Candidates for {@code current} after the words {@code before} (those after "dca"), in the order to show them. */
    List<String> complete(List<String> before, String current) {
        Walk w = walk(before);
        Set<String> out = new LinkedHashSet<>();
        if (w.pending != null) {
            out.addAll(values(w.pending, w));
        } else if (current.startsWith("-")) {
            for (OptionSpec o : w.spec.options()) if (!o.hidden()) out.addAll(Arrays.asList(o.names()));
        } else if (w.helpFor) {
            out.addAll(commands(w.spec));
        } else {
            if (w.positional == 0) {
                out.addAll(commands(w.spec));
                if (w.spec == root) out.add("help");
            }
            positionalAt(w.spec, w.positional).ifPresent(p -> out.addAll(values(p, w)));
        }
        return out.stream().filter(c -> c.startsWith(current)).toList();
    }

    /** Where the words lead: the command they name, the positional slot reached, an option waiting for its value. */
    private static final class Walk {
        CommandSpec spec;
        int positional;
        OptionSpec pending;
        boolean helpFor;
        final List<String> args = new ArrayList<>();
        String notes;
        String progress;
    }

    private Walk walk(List<String> before) {
        Walk w = new Walk();
        w.spec = root;
        for (String word : before) {
            if (w.pending != null) {
                global(w, w.pending, word);
                w.pending = null;
                continue;
            }
            if (word.startsWith("-") && word.length() > 1) {
                int eq = word.indexOf('=');
                OptionSpec o = w.spec.findOption(eq > 0 ? word.substring(0, eq) : word);
                if (o != null && o.arity().max() > 0) {
                    if (eq > 0) global(w, o, word.substring(eq + 1));
                    else w.pending = o;
                }
                continue;
            }
            CommandLine sub = w.positional == 0 ? w.spec.subcommands().get(word) : null;
            if (sub != null) {
                w.spec = sub.getCommandSpec();
                continue;
            }
            if (w.spec == root && word.equals("help") && w.positional == 0) {
                w.helpFor = true; // help CMD [SUB]: command names follow
                continue;
            }
            w.args.add(word);
            w.positional++;
        }
        return w;
    }

    private static void global(Walk w, OptionSpec o, String value) {
        if (o.longestName().equals("--notes")) w.notes = value;
        if (o.longestName().equals("--progress")) w.progress = value;
    }

    private static List<String> commands(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) out.add(name);
        });
        return out;
    }

    private static Optional<PositionalParamSpec> positionalAt(CommandSpec spec, int index) {
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden() && p.index().min() <= index && index <= p.index().max()) return Optional.of(p);
        }
        return Optional.empty();
    }

    private List<String> values(ArgSpec a, Walk w) {
        String label = a.paramLabel();
        String command = w.spec.name();
        if (label.startsWith("DECK")) return decks(w);
        if (label.equals("KEY")) {
            // Keys dca works out itself (weights) are reset, not set.
            return Arrays.stream(SettingKey.values()).filter(k -> k.settable() || !command.equals("set")).map(SettingKey::label).toList();
        }
        if (label.equals("VALUE") && command.equals("set") && !w.args.isEmpty()) {
            return SettingKey.find(w.args.get(0)).map(Completions::settingValues).orElse(List.of());
        }
        if (a instanceof OptionSpec o && o.longestName().equals("--format")) {
            return command.equals("export") ? Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()
                    : Arrays.stream(ExamFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        }
        if (a instanceof OptionSpec o && o.longestName().equals("--domain")) {
            return Arrays.stream(Domain.values()).map(Domain::slug).toList();
        }
        List<String> out = new ArrayList<>();
        if (a.completionCandidates() != null) {
            for (String c : a.completionCandidates()) out.add(c);
        }
        return out;
    }

    /** "on|off" → on, off; "YYYY-MM-DD|none" → none: the literal words a setting takes. */
    private static List<String> settingValues(SettingKey k) {
        return Arrays.stream(k.allowed().split("\\|")).filter(v -> v.matches("[a-z]+")).toList();
    }

    /** Deck names from the notes this line names (its --notes, else the run's), in natural order. */
    private List<String> decks(Walk w) {
        GlobalOptions options = new LineOptions(env, w.notes != null ? w.notes : defaults.notes(),
                w.progress != null ? w.progress : defaults.progress());
        try {
            List<String> names = new ArrayList<>(DeckSources.catalog(options).completions());
            names.sort(NaturalOrder::compare);
            return names;
        } catch (RuntimeException e) {
            return List.of(); // unreadable notes: nothing to offer, and no error in the middle of a prompt
        }
    }

    /** The global options a command line gives, for reading its decks. */
    private record LineOptions(Env env, String notes, String progress) implements GlobalOptions {
        @Override public boolean plain() { return true; }
        @Override public boolean debug() { return false; }
    }
}
