package dev.sagelint.robustness;

import dev.sagelint.parse.SourceFile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hostile corpus, generated at test time (nothing is committed as a blob): truncations, alias bombs,
 * deep nesting, huge files, garbage, encodings, duplicate keys, type swaps, unknown tags, Terraform cycles
 * and expansions, and CloudFormation reference cycles. Each case may say which problem it must produce.
 *
 * @param expect a fragment the SL001 message must contain, or null when any sane result will do
 * @param line   the line that problem must be on, or 0 for any
 */
record HostileCorpus(String name, List<SourceFile> files, String expect, int line) {

    static final String NATIVE = "examples/clean/fraud-scorer.yaml";
    static final String TF = "rules/src/test/resources/dev/sagelint/rules/metrics/SL301/good-tf.tf";
    static final String API = "rules/src/test/resources/dev/sagelint/rules/metrics/SL301/good-api.json";
    static final String PLAN = "rules/src/test/resources/dev/sagelint/rules/wiring/SL704/good-plan.json";
    static final String CFN_YAML = "rules/src/test/resources/dev/sagelint/rules/metrics/SL301/good-cfn.yaml";
    static final String CFN_JSON = "rules/src/test/resources/dev/sagelint/rules/capacity/SL201/bad-cfn.json";

    static HostileCorpus of(String name, String path, String text) {
        return new HostileCorpus(name, List.of(new SourceFile(path, text)), null, 0);
    }

    static HostileCorpus expecting(String name, String path, String text, String fragment, int line) {
        return new HostileCorpus(name, List.of(new SourceFile(path, text)), fragment, line);
    }

    @Override
    public String toString() {
        return name;
    }

    static List<HostileCorpus> all() {
        List<HostileCorpus> out = new ArrayList<>();
        String nativeSpec = Seeds.one(NATIVE).text();
        String tf = Seeds.one(TF).text();
        String api = Seeds.one(API).text();
        String plan = Seeds.one(PLAN).text();
        truncations(out, "native", "spec.yaml", nativeSpec);
        truncations(out, "terraform", "main.tf", tf);
        truncations(out, "api", "api.json", api);
        truncations(out, "plan", "plan.json", plan);
        String cfnYaml = Seeds.one(CFN_YAML).text();
        String cfnJson = Seeds.one(CFN_JSON).text();
        truncations(out, "cloudformation yaml", "template.yaml", cfnYaml);
        truncations(out, "cloudformation json", "template.json", cfnJson);
        cloudFormation(out, cfnYaml, cfnJson);
        bombs(out);
        nesting(out);
        garbage(out);
        duplicates(out, nativeSpec, tf, api);
        typeSwaps(out, nativeSpec, tf, api);
        tags(out, nativeSpec);
        terraform(out, tf);
        big(out);
        return out;
    }

    /** Cut at every line end and just after every structural character of the seed (bounded per seed). */
    private static void truncations(List<HostileCorpus> out, String kind, String path, String text) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || "{}[]:,=\"'(#$".indexOf(c) >= 0) {
                cuts.add(i);
                cuts.add(i + 1);
            }
        }
        List<Integer> all = new ArrayList<>(cuts);
        int step = Math.max(1, all.size() / 60);
        for (int i = 0; i < all.size(); i += step) {
            int cut = all.get(i);
            out.add(of(kind + " truncated at offset " + cut, path, text.substring(0, cut)));
        }
    }

    private static void bombs(List<HostileCorpus> out) {
        StringBuilder laughs = new StringBuilder("apiVersion: sagelint/v1\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 9; i++) {
            String prev = "*a" + (i - 1);
            laughs.append("lol").append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        laughs.append("endpoints: *a9\n");
        out.add(expecting("native billion laughs", "bomb.yaml", laughs.toString(), "aliases", 0));
        // the same bomb in a document CloudFormation would claim
        out.add(of("cloudformation billion laughs", "bomb-cfn.yaml",
                laughs.toString().replace("apiVersion: sagelint/v1\n", "AWSTemplateFormatVersion: '2010-09-09'\n")
                        .replace("endpoints: *a9", "Resources: *a9")));
        // a recursive alias (a node that contains itself)
        out.add(of("native recursive alias", "rec.yaml", "apiVersion: sagelint/v1\nendpoints: &x [*x]\n"));
        out.add(of("native recursive key alias", "reck.yaml", "apiVersion: sagelint/v1\n&k {*k: 1}: 2\n"));
        out.add(of("native undefined alias", "undef.yaml", "apiVersion: sagelint/v1\nendpoints: *nothing\n"));
        // a wide but legal use of aliases stays readable
        StringBuilder ok = new StringBuilder("apiVersion: sagelint/v1\nx: &v {a: 1}\nendpoints: []\ny: [");
        for (int i = 0; i < 20; i++) {
            ok.append(i == 0 ? "" : ", ").append("*v");
        }
        out.add(of("native few aliases", "few.yaml", ok.append("]\n").toString()));
        // Terraform: a template that doubles at every local (exponential string)
        StringBuilder tf = new StringBuilder("locals {\n  l0 = \"lolololol\"\n");
        for (int i = 1; i <= 60; i++) {
            tf.append("  l").append(i).append(" = \"${local.l").append(i - 1).append("}${local.l").append(i - 1)
                    .append("}\"\n");
        }
        tf.append("}\nresource \"aws_sagemaker_endpoint\" \"e\" {\n  name = local.l60\n  endpoint_config_name = \"c\"\n}\n");
        out.add(of("terraform doubling template locals", "laughs.tf", tf.toString()));
        // the same with lists (concat doubling) and with format()
        StringBuilder tf2 = new StringBuilder("locals {\n  l0 = [1, 2, 3, 4]\n");
        for (int i = 1; i <= 60; i++) {
            tf2.append("  l").append(i).append(" = concat(local.l").append(i - 1).append(", local.l").append(i - 1)
                    .append(")\n");
        }
        tf2.append("}\nresource \"aws_appautoscaling_target\" \"t\" {\n  max_capacity = length(local.l60)\n}\n");
        out.add(of("terraform doubling concat locals", "concat.tf", tf2.toString()));
        StringBuilder tf3 = new StringBuilder("locals {\n  l0 = \"ab\"\n");
        for (int i = 1; i <= 60; i++) {
            tf3.append("  l").append(i).append(" = join(\"\", [local.l").append(i - 1).append(", local.l")
                    .append(i - 1).append("])\n");
        }
        tf3.append("}\nresource \"aws_sagemaker_endpoint\" \"e\" {\n  name = local.l60\n}\n");
        out.add(of("terraform doubling join locals", "join.tf", tf3.toString()));
        out.add(of("terraform huge strrev/format", "fmt.tf",
                "locals {\n  a = format(\"%0999999999d\", 1)\n  b = \"${format(\"%-999999999s\", \"x\")}\"\n}\n"
                        + "resource \"aws_sagemaker_endpoint\" \"e\" {\n  name = local.a\n  endpoint_config_name = local.b\n}\n"));
    }

    private static void nesting(List<HostileCorpus> out) {
        int n = 10_000;
        out.add(expecting("native 10000-deep flow sequence", "deep.yaml",
                "apiVersion: sagelint/v1\nendpoints: " + "[".repeat(n) + "]".repeat(n) + "\n", "nesting", 0));
        out.add(expecting("native 10000-deep flow mapping", "deepm.yaml",
                "apiVersion: sagelint/v1\nendpoints: " + "{a: ".repeat(n) + "1" + "}".repeat(n) + "\n", "nesting", 0));
        StringBuilder block = new StringBuilder("apiVersion: sagelint/v1\nendpoints:\n");
        for (int i = 0; i < 2_000; i++) {
            block.append(" ".repeat(i + 1)).append("a:\n");
        }
        out.add(expecting("native 2000-deep block mapping", "deepb.yaml", block.toString(), "nesting", 0));
        out.add(of("native 10000-deep unclosed", "deepu.yaml", "apiVersion: sagelint/v1\nendpoints: " + "[".repeat(n)));
        out.add(expecting("api 10000-deep arrays", "deep.json",
                "{\"EndpointConfigName\": " + "[".repeat(n) + "]".repeat(n) + "}", "nesting", 1));
        out.add(expecting("api 10000-deep objects", "deepo.json",
                "{\"EndpointConfigName\": \"e\", \"x\": " + "{\"a\": ".repeat(n) + "1" + "}".repeat(n) + "}", "nesting", 1));
        out.add(of("api 10000-deep unclosed", "deepu.json", "{\"EndpointConfigName\": " + "[".repeat(n)));
        out.add(expecting("plan 10000-deep", "deep-plan.json",
                "{\"format_version\": \"1.2\", \"planned_values\": " + "[".repeat(n) + "]".repeat(n) + "}", "nesting", 1));
        out.add(expecting("terraform 10000-deep list", "deep.tf",
                "locals {\n  a = " + "[".repeat(n) + "]".repeat(n) + "\n}\n", "nesting", 2));
        out.add(expecting("terraform 10000-deep parentheses", "deepp.tf",
                "locals {\n  a = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n}\n", "nesting", 2));
        out.add(expecting("terraform 10000-deep function calls", "deepf.tf",
                "locals {\n  a = " + "max(".repeat(n) + "1" + ")".repeat(n) + "\n}\n", "nesting", 2));
        out.add(expecting("terraform 10000-deep objects", "deepo.tf",
                "locals {\n  a = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "\n}\n", "nesting", 2));
        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < n; i++) {
            blocks.append("b {\n");
        }
        for (int i = 0; i < n; i++) {
            blocks.append("}\n");
        }
        out.add(expecting("terraform 10000-deep blocks", "deepb.tf", blocks.toString(), "nesting", 0));
        out.add(expecting("terraform 10000-deep interpolations", "deepi.tf",
                "locals {\n  a = " + "\"${".repeat(n) + "1" + "}\"".repeat(n) + "\n}\n", "nesting", 2));
        out.add(of("terraform 10000 unary minus", "neg.tf", "locals {\n  a = " + "-".repeat(n) + "1\n}\n"));
        out.add(of("terraform 10000 negations", "not.tf", "locals {\n  a = " + "!".repeat(n) + "true\n}\n"));
        out.add(of("terraform 10000 chained conditionals", "cond.tf",
                "locals {\n  a = " + "true ? 1 : ".repeat(n) + "2\n}\n"));
        out.add(of("terraform 10000 additions", "add.tf", "locals {\n  a = " + "1 + ".repeat(n) + "1\n}\n"));
        // regressions: each node of a chain kept a copy of its whole text (quadratic memory: 200 MB for 40 KB)
        out.add(of("terraform 200000 additions on one line", "add2.tf",
                "locals {\n  a = " + "1 + ".repeat(200_000) + "1\n}\n"));
        out.add(of("terraform 200000-step attribute chain", "attr2.tf",
                "locals {\n  a = local" + ".b".repeat(200_000) + "\n}\n"));
        out.add(of("terraform 100000-step index chain", "idx2.tf", "locals {\n  a = [1]" + "[0]".repeat(100_000) + "\n}\n"));
        out.add(of("terraform 100000 chained conditionals", "cond2.tf",
                "locals {\n  a = " + "true ? 1 : ".repeat(100_000) + "2\n}\n"));
        out.add(of("terraform 10000 attribute chain", "attr.tf", "locals {\n  a = local" + ".b".repeat(n) + "\n}\n"));
        out.add(of("terraform 10000 index chain", "idx.tf", "locals {\n  a = [1]" + "[0]".repeat(n) + "\n}\n"));
    }

    private static void garbage(List<HostileCorpus> out) {
        Random random = new Random(8);
        String[] names = {"g.yaml", "g.json", "g.tf", "g.yml", "g.template"};
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[64 + random.nextInt(4096)];
            random.nextBytes(bytes);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            // half of them carry a marker so a format claims them and must read them
            String prefix = switch (i % 4) {
                case 0 -> "apiVersion: sagelint/v1\n";
                case 1 -> "{\"EndpointConfigName\": \"x\", ";
                case 2 -> "AWSTemplateFormatVersion: '2010-09-09'\n";
                default -> "";
            };
            out.add(of("binary garbage " + i, names[i % names.length].replace("g.", "g" + i + "."), prefix + text));
        }
        // a zip archive (local file header, deflated garbage, central directory) named .yaml / .json / .tf
        byte[] zip = zip();
        for (String name : List.of("archive.yaml", "archive.json", "archive.tf")) {
            out.add(of("zip named " + name, name, new String(zip, StandardCharsets.ISO_8859_1)));
        }
        // text decoded with the wrong charset: UTF-16 read as bytes, NULs everywhere
        String spec = "apiVersion: sagelint/v1\nendpoints: []\n";
        for (var cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16)) {
            out.add(of("utf-16 bytes as latin-1 (" + cs + ")", "u16-" + cs + ".yaml",
                    new String(spec.getBytes(cs), StandardCharsets.ISO_8859_1)));
        }
        out.add(of("NUL bytes in yaml", "nul.yaml", "apiVersion: sagelint/v1\nendpoints:\n  - name: \u0000\u0000\n"));
        out.add(of("NUL bytes in json", "nul.json", "{\"EndpointConfigName\": \"\u0000\"}"));
        out.add(of("NUL bytes in tf", "nul.tf", "resource \"aws_sagemaker_endpoint\" \"\u0000\" {\n name = \"\u0000\"\n}\n"));
        out.add(of("lone surrogates", "sur.yaml", "apiVersion: sagelint/v1\nendpoints:\n  - name: \"\uD800x\uDC00\"\n"));
        out.add(of("control characters", "ctl.yaml", "apiVersion: sagelint/v1\nendpoints:\n  - name: a\u0007\u001b[31m\n"));
        out.add(of("byte-order mark in the middle", "bom.yaml", "apiVersion: sagelint/v1\n\uFEFFendpoints: []\n"));
        out.add(of("empty yaml", "empty.yaml", ""));
        out.add(of("empty json", "empty.json", ""));
        out.add(of("empty tf", "empty.tf", ""));
        out.add(of("only a marker", "m.yaml", "apiVersion: sagelint/v1"));
        out.add(of("many documents", "docs.yaml", "apiVersion: sagelint/v1\n---\n".repeat(2_000)));
        out.add(of("json top-level string", "s.json", "\"EndpointConfigName\""));
        out.add(of("json top-level number", "n.json", "1e400 // \"EndpointConfigName\":"));
        out.add(of("json top-level null", "null.json", "null /* \"EndpointConfigName\": */"));
        out.add(of("json array of nulls", "nulls.json", "[null, null, {\"EndpointConfigName\": null}]"));
        out.add(of("json NaN", "nan.json", "{\"EndpointConfigName\": \"e\", \"MinCapacity\": NaN}"));
        out.add(of("json trailing garbage", "trail.json", "{\"EndpointConfigName\": \"e\"} {\"EndpointConfigName\": \"f\"}"));
        out.add(of("json 1e999999999", "bigexp.json", "{\"EndpointConfigName\": \"e\", \"MinCapacity\": 1e999999999}"));
        out.add(of("json 10000-digit number", "digits.json",
                "{\"EndpointConfigName\": \"e\", \"MinCapacity\": " + "9".repeat(10_000) + "}"));
        out.add(of("json huge string", "str.json", "{\"EndpointConfigName\": \"" + "x".repeat(1_000_000) + "\"}"));
        out.add(of("yaml huge key", "key.yaml", "apiVersion: sagelint/v1\n" + "k".repeat(100_000) + ": 1\n"));
        out.add(of("tf unicode identifiers", "uni.tf", "resource \"aws_sagemaker_endpoint\" \"ü\" {\n  名前 = \"e\"\n}\n"));
        out.add(of("crlf and lone cr", "crlf.yaml", "apiVersion: sagelint/v1\r\nendpoints:\r  - name: e\r\n"));
        out.add(of("tabs for indentation", "tabs.yaml", "apiVersion: sagelint/v1\nendpoints:\n\t- name: e\n"));
    }

    private static byte[] zip() {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
                zip.putNextEntry(new java.util.zip.ZipEntry("apiVersion: sagelint/v1.yaml"));
                zip.write("apiVersion: sagelint/v1\nendpoints: []\n".repeat(50).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void duplicates(List<HostileCorpus> out, String nativeSpec, String tf, String api) {
        out.add(expecting("native duplicate top-level key", "dup.yaml",
                nativeSpec + "environment: dev\n", "duplicate", 0));
        out.add(expecting("native duplicate nested key", "dup2.yaml",
                nativeSpec.replace("        initialInstanceCount: 2\n",
                        "        initialInstanceCount: 2\n        initialInstanceCount: 3\n"), "duplicate", 0));
        out.add(of("native duplicate endpoint names", "dup3.yaml",
                nativeSpec.replace("endpoints:\n", "endpoints:\n  - name: fraud-scorer\n    variants: []\n")));
        out.add(expecting("api duplicate key", "dup.json",
                api.replace("\"MinCapacity\": 2,", "\"MinCapacity\": 2, \"MinCapacity\": 3,"), "Duplicate", 0));
        out.add(of("terraform duplicate attribute", "dup.tf",
                tf.replace("  min_capacity       = 2\n", "  min_capacity       = 2\n  min_capacity       = 3\n")));
        out.add(of("terraform duplicate resource", "dup2.tf", tf + "\n" + tf));
        out.add(of("terraform duplicate locals", "dup3.tf", "locals {\n  a = 1\n}\nlocals {\n  a = 2\n}\n"));
    }

    static final List<String> YAML_VALUES = List.of("\"ten\"", "[1, 2]", "{a: 1}", "null", "~", "-5", "1e400",
            ".nan", "NaN", "-.inf", "99999999999999999999999", "0x10", "2.5", "true", "''", "!!binary AAAA",
            "!!timestamp 2001-12-14", "&a 3");
    static final List<String> HCL_VALUES = List.of("\"ten\"", "[1, 2]", "{ a = 1 }", "null", "-5", "1e400", "NaN",
            "99999999999999999999999", "2.5", "true", "\"\"", "1/0", "var.missing", "-1e400");
    static final List<String> JSON_VALUES = List.of("\"ten\"", "[1, 2]", "{\"a\": 1}", "null", "-5", "1e400",
            "99999999999999999999999", "2.5", "true", "\"\"", "-1e400", "1E-400", "-0");

    /** Every numeric field of the seeds given every wrong kind of value. */
    private static void typeSwaps(List<HostileCorpus> out, String nativeSpec, String tf, String api) {
        swap(out, "native", "swap.yaml", nativeSpec,
                Pattern.compile("(?m)(\\b(?:peakRps|baselineRps|instanceCapacityRps|initialInstanceCount|minCapacity"
                        + "|maxCapacity|targetValue|scaleInCooldown|scaleOutCooldown): )(\\d+)"), YAML_VALUES);
        swap(out, "terraform", "swap.tf", tf,
                Pattern.compile("(?m)(\\b(?:initial_instance_count|min_capacity|max_capacity|target_value"
                        + "|scale_in_cooldown|scale_out_cooldown)\\s+= )(\\d+)"), HCL_VALUES);
        swap(out, "api", "swap.json", api,
                Pattern.compile("(\"(?:InitialInstanceCount|MinCapacity|MaxCapacity|TargetValue|ScaleInCooldown"
                        + "|ScaleOutCooldown)\": )([\\d.]+)"), JSON_VALUES);
    }

    private static void swap(List<HostileCorpus> out, String kind, String path, String seed, Pattern field,
                             List<String> values) {
        Matcher m = field.matcher(seed);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(2), m.end(2)});
            names.add(m.group(1).replaceAll("[\":= ]", ""));
        }
        if (spans.size() < 3) {
            throw new IllegalStateException(kind + " seed has too few numeric fields: " + spans.size());
        }
        for (int i = 0; i < spans.size(); i++) {
            for (String v : values) {
                int[] s = spans.get(i);
                out.add(of(kind + " " + names.get(i) + " = " + v, path,
                        seed.substring(0, s[0]) + v + seed.substring(s[1])));
            }
        }
    }

    private static void tags(List<HostileCorpus> out, String nativeSpec) {
        String head = "apiVersion: sagelint/v1\nendpoints:\n  - name: e\n    variants: ";
        out.add(expecting("ScriptEngineManager gadget", "gadget.yaml", head
                + "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
                + "[\"http://127.0.0.1:1/x\"]]]]\n", "tag", 4));
        out.add(expecting("canary class tag", "canary.yaml", head + "!!" + Canary.class.getName() + " {}\n", "tag", 4));
        out.add(expecting("canary class tag as a document", "canary-doc.yaml",
                "--- !!" + Canary.class.getName() + "\napiVersion: sagelint/v1\n", "tag", 0));
        out.add(expecting("canary local tag", "canary-local.yaml",
                "%TAG !j! tag:yaml.org,2002:java.lang.\n---\napiVersion: sagelint/v1\nendpoints: !j!ProcessBuilder [calc]\n",
                "tag", 0));
        out.add(of("python object tag", "py.yaml", head + "!!python/object/apply:os.system [\"id\"]\n"));
        out.add(of("unknown local tag", "t.yaml", head + "!Foo [1]\n"));
        out.add(of("cloudformation tag in native", "ref.yaml", head + "!Ref Other\n"));
        out.add(of("verbatim tag", "v.yaml", head + "!<tag:example.com,2000:x> 1\n"));
        out.add(of("tag on a key", "k.yaml", "apiVersion: sagelint/v1\n!!java.io.File /etc: 1\n"));
        out.add(of("merge key bomb", "merge.yaml",
                nativeSpec + "x: &m {a: 1}\ny: {<<: [*m, *m, *m, *m, *m, *m, *m]}\n"));
        out.add(of("yaml directive garbage", "dir.yaml", "%YAML 9.9\n%FOO bar\n---\napiVersion: sagelint/v1\n"));
    }

    private static void terraform(List<HostileCorpus> out, String tf) {
        out.add(of("terraform local cycle", "cycle.tf",
                "locals {\n  a = local.b\n  b = local.a\n}\nresource \"aws_appautoscaling_target\" \"t\" {\n"
                        + "  min_capacity = local.a\n  max_capacity = local.b\n}\n"));
        out.add(of("terraform self-referencing local", "self.tf",
                "locals {\n  a = \"${local.a}x\"\n}\nresource \"aws_sagemaker_endpoint\" \"e\" {\n  name = local.a\n}\n"));
        out.add(of("terraform variable default cycle", "var.tf",
                "variable \"a\" {\n  default = var.b\n}\nvariable \"b\" {\n  default = var.a\n}\n"
                        + "resource \"aws_appautoscaling_target\" \"t\" {\n  min_capacity = var.a\n}\n"));
        out.add(of("terraform resource attribute cycle", "res.tf",
                "resource \"aws_sagemaker_endpoint\" \"a\" {\n  name = aws_sagemaker_endpoint.b.name\n}\n"
                        + "resource \"aws_sagemaker_endpoint\" \"b\" {\n  name = aws_sagemaker_endpoint.a.name\n}\n"));
        out.add(of("terraform module self-call", "mod/main.tf",
                "module \"me\" {\n  source = \"./\"\n}\nmodule \"up\" {\n  source = \"../mod\"\n}\n"));
        out.add(of("terraform module escapes the root", "modx.tf",
                "module \"x\" {\n  source = \"../../../../../../etc\"\n}\n"));
        out.add(of("terraform count one billion", "count.tf",
                tf.replace("resource \"aws_appautoscaling_target\" \"variant\" {\n",
                        "resource \"aws_appautoscaling_target\" \"variant\" {\n  count = 1000000000\n")));
        out.add(of("terraform count one million", "count2.tf",
                tf.replace("resource \"aws_appautoscaling_target\" \"variant\" {\n",
                        "resource \"aws_appautoscaling_target\" \"variant\" {\n  count = 1000000\n")));
        out.add(of("terraform module count one million", "modcount.tf",
                "module \"m\" {\n  source = \"./m\"\n  count  = 1000000\n}\n"));
        List<HostileCorpus> modules = List.of();
        out.add(new HostileCorpus("terraform module count one million with a module", List.of(
                new SourceFile("root/main.tf", "module \"m\" {\n  source = \"./m\"\n  count  = 1000000\n  n = count.index\n}\n"),
                new SourceFile("root/m/main.tf", "variable \"n\" {}\n" + tf.replace("\"orders\"", "\"orders-${var.n}\""))),
                null, 0));
        out.add(new HostileCorpus("terraform module for_each over range(1000000)", List.of(
                new SourceFile("r2/main.tf", "module \"m\" {\n  source = \"./m\"\n  for_each = toset([for i in range(1000000) : tostring(i)])\n}\n"),
                new SourceFile("r2/m/main.tf", tf)), null, 0));
        out.add(of("terraform for_each over range(1000000)", "range.tf",
                tf.replace("resource \"aws_appautoscaling_target\" \"variant\" {\n",
                        "resource \"aws_appautoscaling_target\" \"variant\" {\n  for_each = toset([for i in range(1000000) : tostring(i)])\n")));
        out.add(of("terraform for_each over 10000 keys", "fe10k.tf",
                tf.replace("resource \"aws_appautoscaling_target\" \"variant\" {\n",
                        "resource \"aws_appautoscaling_target\" \"variant\" {\n  for_each = toset([for i in range(10000) : tostring(i)])\n")));
        out.add(of("terraform count 1000 on every resource", "c1000.tf", tf.replace(" {\n", " {\n  count = 1000\n")));
        out.add(of("terraform range(1e9)", "range2.tf", "locals {\n  a = range(1000000000)\n  b = length(local.a)\n}\n"));
        out.add(of("terraform nested for over ranges", "for.tf",
                "locals {\n  a = [for i in range(10000) : [for j in range(10000) : i * j]]\n}\n"));
        out.add(of("terraform for_each on a huge map", "map.tf",
                "locals {\n  m = { for i in range(1000000) : tostring(i) => i }\n}\n"));
        out.add(of("terraform count from variable", "countvar.tf",
                "variable \"n\" {\n  default = 1e400\n}\nresource \"aws_appautoscaling_target\" \"t\" {\n  count = var.n\n}\n"));
        out.add(of("terraform negative count", "neg.tf", "resource \"aws_appautoscaling_target\" \"t\" {\n  count = -1\n}\n"));
        out.add(of("terraform fractional count", "frac.tf", "resource \"aws_appautoscaling_target\" \"t\" {\n  count = 2.5\n}\n"));
        out.add(expecting("terraform unterminated block", "open.tf",
                "resource \"aws_sagemaker_endpoint\" \"e\" {\n  name = \"e\"\n", "", 0));
        out.add(expecting("terraform unterminated heredoc", "heredoc.tf",
                "locals {\n  a = <<EOT\nline\nline\n", "", 0));
        out.add(of("terraform heredoc with indented marker", "heredoc2.tf", "locals {\n  a = <<-EOT\n  x\n  EOT\n}\n"));
        out.add(of("terraform heredoc marker never ends", "heredoc3.tf",
                "locals {\n  a = <<EOT\n" + "EOTX\n".repeat(10_000)));
        out.add(expecting("terraform unterminated string", "str.tf", "locals {\n  a = \"abc\n}\n", "", 0));
        out.add(expecting("terraform unterminated interpolation", "interp.tf", "locals {\n  a = \"${abc\n}\n", "", 0));
        out.add(of("terraform unterminated comment", "comment.tf", "locals {\n  a = 1 /* never closed\n}\n"));
        out.add(of("terraform template directives", "dir.tf",
                "locals {\n  a = \"%{ for x in range(1000000) }${x}%{ endfor }\"\n}\n"));
        out.add(of("terraform tfvars with every type", "t.tfvars", "a = [\n b = {\n c = <<X\n"));
        out.add(of("terraform splat on a huge count", "splat.tf",
                "resource \"aws_sagemaker_endpoint\" \"e\" {\n  count = 1000\n  name = \"e\"\n}\n"
                        + "locals {\n  all = aws_sagemaker_endpoint.e[*].name\n  n = length(local.all)\n}\n"));
    }

    static final String CFN_HEAD = "AWSTemplateFormatVersion: '2010-09-09'\n";

    private static void cloudFormation(List<HostileCorpus> out, String yaml, String json) {
        swap(out, "cloudformation yaml", "swap-cfn.yaml", yaml,
                Pattern.compile("(?m)(\\b(?:InitialInstanceCount|MinCapacity|MaxCapacity|TargetValue|ScaleInCooldown"
                        + "|ScaleOutCooldown): )(\\d+)"), YAML_VALUES);
        swap(out, "cloudformation json", "swap-cfn.json", json,
                Pattern.compile("(\"(?:InitialInstanceCount|MaxCapacity|TargetValue|ScaleInCooldown"
                        + "|ScaleOutCooldown)\": )(\\d+)"), JSON_VALUES);
        String target = "  T:\n    Type: AWS::ApplicationAutoScaling::ScalableTarget\n    Properties:\n"
                + "      ServiceNamespace: sagemaker\n      ScalableDimension: sagemaker:variant:DesiredInstanceCount\n";
        out.add(of("cloudformation Ref cycle", "ref-cycle.yaml", CFN_HEAD + "Resources:\n"
                + "  A:\n    Type: AWS::SageMaker::Endpoint\n    Properties:\n      EndpointConfigName: !Ref B\n"
                + "  B:\n    Type: AWS::SageMaker::EndpointConfig\n    Properties:\n      EndpointConfigName: !Ref A\n"
                + "      ProductionVariants: [{VariantName: v, InitialInstanceCount: !Ref A}]\n"));
        out.add(of("cloudformation GetAtt cycle", "getatt-cycle.yaml", CFN_HEAD + "Resources:\n"
                + "  A:\n    Type: AWS::SageMaker::Endpoint\n    Properties:\n      EndpointName: !GetAtt B.EndpointConfigName\n"
                + "      EndpointConfigName: !GetAtt B.EndpointConfigName\n"
                + "  B:\n    Type: AWS::SageMaker::EndpointConfig\n    Properties:\n      EndpointConfigName: !GetAtt A.EndpointName\n"
                + "      ProductionVariants: [{VariantName: !GetAtt A.EndpointName, InitialInstanceCount: 1}]\n"));
        out.add(of("cloudformation Sub cycle", "sub-cycle.yaml", CFN_HEAD + "Resources:\n"
                + "  A:\n    Type: AWS::SageMaker::Endpoint\n    Properties:\n      EndpointName: !Sub '${B.EndpointConfigName}-x'\n"
                + "      EndpointConfigName: !Sub ['${X}', {X: !GetAtt B.EndpointConfigName}]\n"
                + "  B:\n    Type: AWS::SageMaker::EndpointConfig\n    Properties:\n      EndpointConfigName: !Sub '${A.EndpointName}-y'\n"
                + target.replace("  T:", "  C:") + "      ResourceId: !Sub endpoint/${A.EndpointName}/variant/${C}\n"
                + "      MinCapacity: 1\n      MaxCapacity: 2\n"));
        out.add(of("cloudformation condition cycle", "cond-cycle.yaml", CFN_HEAD + "Conditions:\n"
                + "  C1: !And [!Condition C2, !Equals [a, a]]\n  C2: !Or [!Condition C3, !Not [!Condition C1]]\n"
                + "  C3: !Condition C1\n  Self: !Condition Self\n"
                + "Resources:\n" + target + "      MinCapacity: !If [C1, 1, !If [Self, 2, 3]]\n      MaxCapacity: 4\n"
                + "    Condition: C2\n"));
        out.add(of("cloudformation DependsOn cycle", "dep-cycle.yaml", CFN_HEAD + "Resources:\n"
                + "  A:\n    Type: AWS::SageMaker::Endpoint\n    DependsOn: [B]\n    Properties: {EndpointConfigName: x}\n"
                + "  B:\n    Type: AWS::SageMaker::Endpoint\n    DependsOn: A\n    Properties: {EndpointConfigName: y}\n"));
        out.add(of("cloudformation parameter default refers to itself", "param.yaml", CFN_HEAD
                + "Parameters:\n  P: {Type: Number, Default: !Ref P}\n  Q: {Type: Number, Default: [1, 2]}\n"
                + "  R: {Type: Number, Default: 1e400, MinValue: .nan}\nResources:\n" + target
                + "      MinCapacity: !Ref P\n      MaxCapacity: !Ref R\n"));
        StringBuilder ifs = new StringBuilder("1");
        for (int i = 0; i < 1_000; i++) {
            ifs.insert(0, "{\"Fn::If\": [\"C\", ").append(", 2]}");
        }
        String deepIf = "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Conditions\": {\"C\": {\"Fn::Equals\": [1, 1]}},"
                + " \"Resources\": {\"T\": {\"Type\": \"AWS::ApplicationAutoScaling::ScalableTarget\","
                + " \"Properties\": {\"MinCapacity\": " + ifs + ", \"MaxCapacity\": 2}}}}";
        out.add(expecting("cloudformation 1000-deep Fn::If (json)", "deep-if.json", deepIf, "nesting", 1));
        StringBuilder yamlIfs = new StringBuilder("1");
        for (int i = 0; i < 1_000; i++) {
            yamlIfs.insert(0, "!If [C, ").append(", 2]");
        }
        out.add(expecting("cloudformation 1000-deep !If (yaml)", "deep-if.yaml", CFN_HEAD
                + "Conditions:\n  C: !Equals [1, 1]\nResources:\n" + target + "      MinCapacity: " + yamlIfs + "\n",
                "nesting", 0));
        // (templates without SageMaker or Application Auto Scaling resources are not read at all)
        out.add(expecting("cloudformation 10000-deep yaml", "deep-cfn.yaml", CFN_HEAD + "# AWS::SageMaker::Endpoint\n"
                + "Resources: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n", "nesting", 0));
        out.add(expecting("cloudformation 10000-deep json", "deep-cfn.json", "{\"AWSTemplateFormatVersion\": \"2010-09-09\","
                + " \"Description\": \"AWS::SageMaker::Endpoint\", \"Resources\": " + "{\"a\": ".repeat(10_000) + "1"
                + "}".repeat(10_000) + "}", "nesting", 1));
        String fns = CFN_HEAD + "Resources:\n" + target;
        for (String v : List.of("!Ref", "!Ref [a, b]", "!Ref {a: b}", "!GetAtt", "!GetAtt [A]", "!GetAtt [A, B, C, D]",
                "!GetAtt A", "!Sub", "!Sub [a]", "!Sub ['${x', {}]", "!Sub '${!Literal}${AWS::Region}${AWS::NoSuch}'",
                "!If", "!If [C]", "!If [NoSuchCondition, 1, 2]", "!Select [1e400, [1, 2]]", "!Select [-1, [1]]",
                "!Select ['x', [1]]", "!Select [0, !Ref NoList]", "!Split [',', 1]", "!Split ['', 'abc']", "!Join",
                "!Join [',', 1]", "!Join [[], [a]]", "!FindInMap [M, K, V]", "!FindInMap [a]", "!Base64 [1]",
                "!Cidr [x, 1e9, 1]", "!GetAZs 1", "!ImportValue {}", "!Equals [1]", "!Not [1, 2]", "!And []",
                "!Or [1]", "!Condition [x]", "!Transform {Name: x}", "{Fn::Transform: {}}", "{Ref: AWS::NoValue}",
                "{Fn::NoSuch: 1}", "{Fn::If: [a, b, c], Extra: 1}", "!!str 1", "!Foo bar",
                "!!javax.script.ScriptEngineManager [x]", "!Length [1, 2]", "!ToJsonString {a: 1}",
                "!ForEach [x, y]")) {
            out.add(of("cloudformation MinCapacity: " + v, "fn.yaml", fns + "      MinCapacity: " + v + "\n      MaxCapacity: 2\n"));
        }
        out.add(of("cloudformation resources not a map", "rnm.yaml", CFN_HEAD + "Resources: [1, 2]\n"));
        out.add(of("cloudformation resource type not a string", "rtype.yaml",
                CFN_HEAD + "Resources:\n  A:\n    Type: [AWS::SageMaker::Endpoint]\n"));
        out.add(of("cloudformation properties a list", "props.yaml",
                CFN_HEAD + "Resources:\n  A:\n    Type: AWS::SageMaker::EndpointConfig\n    Properties: [1]\n"));
        out.add(of("cloudformation variants a string", "pv.yaml", CFN_HEAD + "Resources:\n  A:\n"
                + "    Type: AWS::SageMaker::EndpointConfig\n    Properties:\n      ProductionVariants: abc\n"));
        out.add(of("cloudformation 5000 resources", "many-cfn.yaml", CFN_HEAD + "Resources:\n"
                + "  E%d:\n    Type: AWS::SageMaker::Endpoint\n    Properties: {EndpointConfigName: !Ref E%d}\n"
                .repeat(1).transform(t -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < 5_000; i++) {
                        b.append(t.formatted(i, (i + 1) % 5_000));
                    }
                    return b.toString();
                })));
        out.add(expecting("cloudformation duplicate key (yaml)", "dup-cfn.yaml",
                yaml + "Resources: {}\n", "duplicate", 0));
        out.add(expecting("cloudformation duplicate key (json)", "dup-cfn.json",
                json.replace("\"MaxCapacity\": 4", "\"MaxCapacity\": 4, \"MaxCapacity\": 5"), "duplicate", 0));
    }

    private static void big(List<HostileCorpus> out) {
        // a million-element array in a JSON file a format claims (about 2 MB of text)
        StringBuilder arr = new StringBuilder(2_100_000).append("{\"EndpointConfigName\": \"e\", \"x\": [");
        for (int i = 0; i < 1_000_000; i++) {
            arr.append(i == 0 ? "0" : ",0");
        }
        out.add(of("api JSON with a million-element array", "million.json", arr.append("]}").toString()));
        StringBuilder variants = new StringBuilder("{\"EndpointConfigName\": \"c\", \"ProductionVariants\": [");
        for (int i = 0; i < 20_000; i++) {
            variants.append(i == 0 ? "" : ",").append("{\"VariantName\": \"v").append(i)
                    .append("\", \"InitialInstanceCount\": 1, \"InstanceType\": \"ml.m5.large\"}");
        }
        out.add(of("api 20000 production variants", "variants.json", variants.append("]}").toString()));
        StringBuilder yaml = new StringBuilder("apiVersion: sagelint/v1\nendpoints:\n");
        for (int i = 0; i < 5_000; i++) {
            yaml.append("  - {name: e").append(i).append(", variants: [{name: v, instanceType: ml.m5.large, "
                    + "initialInstanceCount: 1}]}\n");
        }
        out.add(of("native 5000 endpoints", "many.yaml", yaml.toString()));
        StringBuilder hcl = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            hcl.append("resource \"aws_sagemaker_endpoint\" \"e").append(i).append("\" {\n  name = \"e").append(i)
                    .append("\"\n  endpoint_config_name = \"c\"\n}\n");
        }
        out.add(of("terraform 5000 resources", "many.tf", hcl.toString()));
        out.add(of("one 1 MB line of yaml", "line.yaml", "apiVersion: sagelint/v1\nx: " + "a".repeat(1_000_000) + "\n"));
    }
}
