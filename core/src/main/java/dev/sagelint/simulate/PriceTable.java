package dev.sagelint.simulate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * On-demand prices per instance-hour for real-time inference. The shipped table
 * ({@code dev/sagelint/data/sagemaker-prices.csv}) states its region, date and source in its header;
 * a user file in the same {@code instanceType,usdPerHour} format replaces it.
 */
public final class PriceTable {

    public static final String RESOURCE = "dev/sagelint/data/sagemaker-prices.csv";

    private final Map<String, Double> prices;
    private final String source;

    private PriceTable(Map<String, Double> prices, String source) {
        this.prices = Map.copyOf(prices);
        this.source = source;
    }

    /** The table shipped in the core jar. */
    public static PriceTable shipped() {
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads {@code instanceType,usdPerHour} lines; {@code #} lines are comments, and a comment
     * starting {@code # source:} is quoted as the table's source.
     */
    /** The highest price per instance-hour accepted (USD); the dearest SageMaker instance costs well under 100. */
    public static final double MAX_USD_PER_HOUR = 1_000_000;

    public static PriceTable parse(String name, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        String source = name;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("# source:")) {
                source = line.substring("# source:".length()).trim();
            }
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("instancetype")) {
                continue;
            }
            String[] parts = line.split(",");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                double price = Double.parseDouble(parts[1].trim());
                if (!(price >= 0 && price <= MAX_USD_PER_HOUR)) {
                    // NaN, Infinity, 1e308 or a negative price would make every cost figure meaningless
                    throw new SimulationException(name + ":" + (i + 1) + ":" + (lines[i].indexOf(',') + 2)
                            + ": usdPerHour is " + parts[1].trim() + "; expected a finite price between 0 and "
                            + (long) MAX_USD_PER_HOUR + " USD per instance-hour");
                }
                out.put(parts[0].trim().toLowerCase(Locale.ROOT), price);
            } catch (NumberFormatException e) {
                throw new SimulationException(name + ":" + (i + 1) + ": expected 'instanceType,usdPerHour' such as"
                        + " 'ml.m5.xlarge,0.23', got '" + line + "'");
            }
        }
        return new PriceTable(out, source);
    }

    public Optional<Double> priceOf(String instanceType) {
        return instanceType == null ? Optional.empty()
                : Optional.ofNullable(prices.get(instanceType.toLowerCase(Locale.ROOT)));
    }

    public String source() {
        return source;
    }
}
