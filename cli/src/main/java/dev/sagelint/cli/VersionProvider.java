package dev.sagelint.cli;

import dev.sagelint.report.ToolInfo;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {ToolInfo.NAME + " " + ToolInfo.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
