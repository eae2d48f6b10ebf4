package dev.sagelint.parse;

import java.math.BigDecimal;

/** How every format prints a number in its messages: the way Terraform and the AWS CLI would show it. */
public final class Numbers {

    private Numbers() {
    }

    /** A number without trailing zeros; scientific notation when a plain one would be huge. */
    public static String render(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal s = n.stripTrailingZeros();
        // a plain rendering of 1e999999999 would be a billion digits
        return Math.abs(s.scale()) > 100 ? s.toString() : s.toPlainString();
    }
}
