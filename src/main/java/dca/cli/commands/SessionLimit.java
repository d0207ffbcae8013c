package dca.cli.commands;

import picocli.CommandLine.Option;

/** {@code --limit N} of quiz and review: at most N cards this session. */
final class SessionLimit {
    @Option(names = "--limit", paramLabel = "N", description = "At most N cards this session.")
    Integer limit;

    /** The limit, null for none; a negative one is a usage error. */
    Integer value() {
        return DrillOptions.positive(limit, "--limit");
    }
}
