package dev.sagelint.parse.terraform;

import dev.sagelint.parse.terraform.Evaluator.Cause;
import dev.sagelint.parse.terraform.Evaluator.Expansion;
import dev.sagelint.parse.terraform.Evaluator.Why;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SL004 message for a resource or module call whose count / for_each was not expanded as written: what
 * the expression read that the files do not decide, what was therefore not checked, and how to have it
 * checked ("aws_appautoscaling_target.t: count depends on var.enabled, which has no value; ...").
 */
final class ExpansionNotes {

    private static final int MAX_NAMED = 3;

    private ExpansionNotes() {
    }

    static String message(String address, boolean module, Expansion x) {
        return switch (x.outcome()) {
            case UNKNOWN -> unknown(address, module, x);
            case EMPTY_BY_DEFAULT -> emptyByDefault(address, module, x);
            case TOO_MANY -> address + ": " + x.meta() + " gives " + x.value() + " instances, more than the "
                    + (module ? TerraformFormat.MAX_MODULE_INSTANCES : Evaluator.MAX_INSTANCES) + " sagelint expands, so " + checkedAsOne(module, x)
                    + "; lint a plan (terraform show -json) to check each instance";
        };
    }

    private static String unknown(String address, boolean module, Expansion x) {
        List<String> reasons = new ArrayList<>();
        boolean noValue = false;
        boolean missing = false;
        for (Map.Entry<String, Cause> e : x.causes().entrySet()) {
            String reason = switch (e.getValue().why()) {
                case NO_VALUE -> "which has no value";
                case RUN -> "which is decided by how Terraform is run";
                case DATA -> "a data source only terraform plan reads";
                case APPLY -> "which is known only after apply";
                case MISSING -> "which no file read defines";
                case UNEXPANDED -> "whose own count or for_each is not known";
                case DEFAULT -> null; // a default is known; it is not why the value is unknown
            };
            if (reason != null) {
                noValue |= e.getValue().why() == Why.NO_VALUE;
                missing |= e.getValue().why() == Why.MISSING;
                reasons.add(e.getKey() + ", " + reason);
            }
        }
        String why = reasons.isEmpty()
                ? x.meta() + " is " + quoted(x.attribute().value().text()) + ", which sagelint cannot resolve"
                : x.meta() + " depends on " + join(reasons, ", and on ");
        return address + ": " + why + ", so " + checkedAsOne(module, x) + "; "
                + (noValue ? "lint with the values you deploy (--var-file) or a plan"
                        : missing ? "lint the whole configuration folder, or a plan (terraform show -json)"
                        : "lint a plan (terraform show -json)");
    }

    private static String emptyByDefault(String address, boolean module, Expansion x) {
        List<String> defaults = new ArrayList<>();
        x.causes().forEach((name, c) -> {
            if (c.why() == Why.DEFAULT) {
                defaults.add(name + " has no value and defaults to " + compact(c.detail()));
            }
        });
        String what = x.meta().equals("count") ? "count is 0" : "for_each is empty";
        return address + ": " + what + " only because " + join(defaults, ", and ") + ", so "
                + (module ? "none of its resources are" : "it is not") + " checked; lint with the values you deploy"
                + " (--var-file) or a plan";
    }

    private static String checkedAsOne(boolean module, Expansion x) {
        boolean count = x.meta().equals("count");
        return (module ? "its resources are checked once" : "it is checked as one instance") + " with "
                + (count ? "count.index" : "each.key and each.value") + " unknown, and rules on values built from "
                + (count ? "it" : "them") + " stay silent";
    }

    private static String join(List<String> items, String separator) {
        List<String> named = items.size() > MAX_NAMED ? items.subList(0, MAX_NAMED) : items;
        String out = String.join(separator, named);
        return items.size() > MAX_NAMED ? out + " (and " + (items.size() - MAX_NAMED) + " more)" : out;
    }

    private static String quoted(String text) {
        return "'" + compact(text) + "'";
    }

    /** An expression's text on one line, at most 80 characters. */
    private static String compact(String text) {
        String t = text == null ? "?" : text.strip().replaceAll("\\s+", " ");
        return t.length() > 80 ? t.substring(0, 80) + "..." : t;
    }
}
