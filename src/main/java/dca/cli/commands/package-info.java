/**
 * One picocli class per command, each a {@code SubCommand} of {@link dca.cli.commands.DcaCommand},
 * which holds the global options and the list of subcommands; the shell ({@code dca} with no
 * arguments) runs them with completion, the same {@code Completions} the shells' scripts
 * ({@code dca completion}) ask for at each Tab; {@code HelpLayout} lays out the help pages and
 * {@code ManPage} the manual from the same model. A command parses and checks its options, calls the study,
 * share or notes code that does the work and the drill, exam or text code that shows it. A new
 * command goes here and into {@code DcaCommand.SUBCOMMANDS}.
 */
package dca.cli.commands;
