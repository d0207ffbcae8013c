package dca.cli.commands;

import picocli.CommandLine.Model.CommandSpec;

/** {@code --limit N} of quiz and review: at most N cards this session. */
final class SessionLimit {
    private SessionLimit() {}

    static void addTo(CommandSpec spec) {
        spec.addOption(CodedModel.value("--limit", Integer.class, "N", "At most N cards this session.").build());
    }

    /** The limit, null for none; a negative one is a usage error. */
    static Integer value(CommandSpec spec) {
        return DrillOptions.positive(CodedModel.value(spec, "--limit"), "--limit");
    }
}
