package dev.sagelint.parse;

import dev.sagelint.parse.cfn.CloudFormationFormat;
import dev.sagelint.parse.nativespec.NativeSpecFormat;

import java.util.List;

/** The input formats sagelint reads, in the order they are asked whether they accept a file. */
public final class Formats {

    private Formats() {
    }

    public static List<InputFormat> all() {
        return List.of(
                new CloudFormationFormat(),
                new NativeSpecFormat(),
                new dev.sagelint.parse.terraform.TerraformFormat(),
                new dev.sagelint.parse.api.ApiJsonFormat());
    }
}
