package dev.sagelint.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "sagelint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finds mistakes in AWS SageMaker inference endpoints and their Application Auto Scaling "
                + "setup, in sagelint specs, CloudFormation, Terraform and AWS API JSON.",
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  no findings at or above the failure threshold (--fail-on-severity, default error)",
                "  1  findings at or above the failure threshold",
                "  2  usage or configuration error",
                "  3  an input could not be read at all (also reported as SL001 findings)",
                "  4  internal error (a bug in sagelint; --debug shows the stack trace)",
                "",
                "Run 'sagelint lint --help' for the linting options."})
final class SagelintCommand implements java.util.concurrent.Callable<Integer> {

    /**
     * The subcommands, in the order the help lists them. {@link Main} adds them rather than the annotation, so that a
     * {@code lint} run builds only the lint command: picocli reads every subcommand's annotations when it is added.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(LintCommand.class, RulesCommand.class, ExplainCommand.class,
            InitCommand.class, SimulateCommand.class, AdviseCommand.class, AutoComplete.GenerateCompletion.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // no subcommand: show the usage on stderr, as git does, and say it was a usage error
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
