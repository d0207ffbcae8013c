package dca.cli.commands;

import dca.cli.run.Env;
import dca.cli.screen.Terminals;
import picocli.CommandLine.ParentCommand;

/** What every subcommand of {@code dca} shares: the root command, with the run's environment and global options. */
abstract class SubCommand {
    @ParentCommand
    DcaCommand root;

    Env env() { return root.env(); }

    Terminals terminals() { return root.terminals(); }
}
