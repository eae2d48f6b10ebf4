package dev.sagelint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version (filtered in at build time) and home page. */
public final class ToolInfo {

    public static final String NAME = "sagelint";
    public static final String INFORMATION_URI = "https://sagelint.dev";
    /** Rule pages live at this address followed by the rule id (generated from the rule explanations). */
    public static final String RULES_URI = "https://sagelint.dev/rules/";

    private ToolInfo() {
    }

    public static String version() {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/sagelint/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
