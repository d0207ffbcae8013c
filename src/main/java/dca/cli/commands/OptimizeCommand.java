package dca.cli.commands;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dca.cli.drill.Drill;
import dca.cli.run.Env;
import dca.cli.run.ExitCode;
import dca.cli.run.Locations;
import dca.progress.FittedWeights;
import dca.progress.SettingKey;
import dca.progress.Settings;
import dca.progress.SettingsFile;
import dca.srs.FsrsOptimizer;
import dca.srs.ModelMetrics;
import dca.study.StudyProgress;
import dca.study.WeightFitting;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dca optimize}: personal FSRS weights fitted to the review log, kept only when they predict better. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        header = "Fit FSRS weights to your own reviews; keep them if they predict you better.",
        description = {"Fits the 21 FSRS-6 weights to the review log (the method of fsrs-rs, Anki's",
                "optimizer) and checks them on the last quarter of the reviews, predicted by",
                "weights fitted to the rest. The fit is kept (fitted again to every review)",
                "only when its log loss there beats the current weights'. Cram and exam",
                "answers are left out. dca config shows the kept weights; dca config reset",
                "weights goes back to the defaults."})
final class OptimizeCommand extends SubCommand implements Callable<Integer> {
    @Option(names = "--dry-run", description = "Fit and report, but keep nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report and the 21 weights as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Env env = env();
        // The review log is only read (no lock: a session may be running meanwhile); a kept fit goes to the settings file.
        try (StudyProgress progress = Drill.openReadOnly(root)) {
            Settings settings = progress.settings();
            WeightFitting.Report r = WeightFitting.run(progress.store().reviews(), settings);
            boolean keep = r.better() && !dryRun;
            if (keep) {
                Settings fitted = ConfigCommand.load(root, SettingKey.WEIGHTS)
                        .withWeights(new FittedWeights(r.weights(), env.clock().instant(), r.reviews()));
                SettingsFile.set(Locations.settings(root), SettingKey.WEIGHTS, fitted);
            }
            env.out().print(json ? json(r, settings, keep) : text(r, settings, keep));
        }
        return ExitCode.OK;
    }

    private String text(WeightFitting.Report r, Settings settings, boolean keep) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%,d reviews; %,d of them came a day or more after the card's previous review.%n",
                r.reviews(), r.items()));
        if (r.outcome() == FsrsOptimizer.Outcome.DEFAULTS) {
            b.append(String.format(Locale.ROOT, "Not enough to fit weights yet: fitting needs at least %d such reviews (%d to go beyond%n"
                            + "the initial stabilities), counted after outliers are dropped. Keep studying and run%n"
                            + "dca optimize again. The scheduler keeps its %s weights.%n",
                    FsrsOptimizer.MIN_ITEMS, FsrsOptimizer.MIN_TRAINING_ITEMS, settings.weights() == null ? "default" : "current"));
            return b.toString();
        }
        if (r.outcome() == FsrsOptimizer.Outcome.INITIAL_STABILITY) {
            b.append(String.format(Locale.ROOT, "Few reviews: only the four initial stabilities are fitted (all 21 from %d on).%n",
                    FsrsOptimizer.MIN_TRAINING_ITEMS));
        }
        String current = settings.weights() == null ? "current (defaults)" : "current (fitted)";
        b.append(String.format(Locale.ROOT, "Held out: the last quarter, %,d reviews, predicted by weights fitted to the rest.%n", r.heldOut()));
        b.append(String.format(Locale.ROOT, "  %-20s %9s %11s%n", "", "log loss", "RMSE(bins)"));
        b.append(row(current, r.current()));
        b.append(row("fitted", r.fitted()));
        if (keep) {
            b.append(String.format(Locale.ROOT, "Kept: the fitted weights predict your recall better. Fitted again to all %,d of%n"
                    + "those reviews, they schedule from the next session on (dca config reset weights undoes it).%n", r.items()));
        } else if (r.better()) {
            b.append("Dry run: the fitted weights predict better, but nothing was kept.\n");
        } else {
            b.append("Not kept: the fitted weights do not predict the held-out reviews better than the current ones.\n");
        }
        return b.toString();
    }

    private static String row(String label, ModelMetrics m) {
        return String.format(Locale.ROOT, "  %-20s %9.4f %10.2f%%%n", label, m.logLoss(), m.rmseBins() * 100);
    }

    private static String json(WeightFitting.Report r, Settings settings, boolean keep) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("reviews", r.reviews());
            g.writeNumberField("items", r.items());
            g.writeNumberField("heldOut", r.heldOut());
            metrics(g, "current", r.current());
            metrics(g, "fitted", r.fitted());
            g.writeBooleanField("better", r.better());
            g.writeBooleanField("kept", keep);
            g.writeBooleanField("currentAreDefaults", settings.weights() == null);
            g.writeArrayFieldStart("weights");
            for (double x : r.weights()) g.writeNumber(x);
            g.writeEndArray();
            g.writeEndObject();
        }
        return w + "\n";
    }

    private static void metrics(JsonGenerator g, String name, ModelMetrics m) throws IOException {
        g.writeObjectFieldStart(name);
        if (Double.isFinite(m.logLoss())) {
            g.writeNumberField("logLoss", m.logLoss());
            g.writeNumberField("rmseBins", m.rmseBins());
        } else {
            g.writeNullField("logLoss");
            g.writeNullField("rmseBins");
        }
        g.writeEndObject();
    }
}
