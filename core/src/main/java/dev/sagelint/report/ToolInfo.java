package dev.sagelint.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version (filtered in at build time) and home page. */
public final class ToolInfo {

    public static final String NAME = "sagelint";
    /** The project's repository, from the pom's {@code sagelint.repository} (filtered in at build time). */
    public static final String INFORMATION_URI = property("repository", "https://github.com/sagelint/sagelint");
    /**
     * Rule pages are this address followed by {@code SL201.md}: docs/rules in the repository, generated from
     * the rule explanations.
     */
    public static final String RULES_URI = INFORMATION_URI + "/blob/main/docs/rules/";
    /** The id of sagelint's own rule pack. */
    public static final String BUILT_IN_PACK = "sagelint";

    private ToolInfo() {
    }

    public static String version() {
        return property("version", "unknown");
    }

    private static String property(String key, String fallback) {
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/sagelint/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty(key, fallback);
            return v.startsWith("${") ? fallback : v;
        } catch (IOException e) {
            return fallback;
        }
    }
}
