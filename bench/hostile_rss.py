#!/usr/bin/env python3
"""Whole-process memory check of the sagelint launcher on hostile inputs (issue 14, class 3).

Usage (from the repository root):
    ./mvnw -q -pl cli -am package -DskipTests
    python3 bench/hostile_rss.py [--limit-mb 512] [--keep] [--only NAME,...]

Generates each hostile input into a temporary folder (nothing is committed), runs the distribution
launcher (./sagelint lint ...) on it once, and checks for each case:
  - the exit code is one the case allows (never 2 or 4: a hostile file is not a usage error or a bug),
  - standard output holds a finding line with a place (file:line:column) and the rule the case expects,
    and matches the case's message pattern,
  - no stack trace on either stream,
  - the peak resident set size of the process (ru_maxrss from wait4: the JVM itself, since the launcher
    execs java) is under --limit-mb (default 512).
A good file sits beside each hostile one and must be linted too (its SL201 finding must be in the output).
Exits 0 when every case passes, 1 otherwise. Nothing here is timed: the per-file watchdog is part of
what is checked (a case may end in SL001 "reading took longer than ...").
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "sagelint")
JAR = os.path.join(ROOT, "cli", "target", "sagelint.jar")

# a spec with one SL201 finding (MinCapacity 0 on a real-time variant) at good.yaml:9:24
GOOD = """apiVersion: sagelint/v1
endpoints:
  - name: fraud-scorer
    variants:
      - name: AllTraffic
        instanceType: ml.m5.xlarge
        initialInstanceCount: 2
        autoscaling:
          minCapacity: 0
          maxCapacity: 4
          policies:
            - targetTracking: { metric: SageMakerVariantInvocationsPerInstance, targetValue: 100,
                                scaleInCooldown: 600, scaleOutCooldown: 60 }
"""
GOOD_FINDING = re.compile(r"^good\.yaml:9:\d+: error SL201 ", re.M)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def many_resources(d, n=10_000):
    """One CloudFormation template with n endpoint configs (about 3 MB)."""
    parts = ['AWSTemplateFormatVersion: "2010-09-09"\nResources:\n']
    for i in range(n):
        parts.append(f"""  Config{i}:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: model-{i}
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
""")
    write(os.path.join(d, "resources.yaml"), "".join(parts))
    return "resources.yaml"


def many_endpoints(d, n=3_000):
    """One sagelint spec with n endpoints, each with a variant and a scaling policy."""
    parts = ["apiVersion: sagelint/v1\nendpoints:\n"]
    for i in range(n):
        parts.append(f"""  - name: e{i}
    variants:
      - name: v
        instanceType: ml.m5.xlarge
        initialInstanceCount: 2
        autoscaling:
          minCapacity: 2
          maxCapacity: 4
          policies:
            - targetTracking: {{ metric: SageMakerVariantInvocationsPerInstance, targetValue: 100 }}
""")
    write(os.path.join(d, "endpoints.yaml"), "".join(parts))
    return "endpoints.yaml"


def json_array(d, mb=9):
    """A CloudFormation JSON template whose Metadata holds a 9 MB array of small objects."""
    item = '{"k": "value", "n": 12345},'
    count = mb * 1024 * 1024 // len(item)
    with open(os.path.join(d, "array.json"), "w", encoding="utf-8") as f:
        f.write('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}, "Metadata": {"blob": [')
        for start in range(0, count, 10_000):
            f.write(item * min(10_000, count - start))
        f.write('{"k": "last"}]}}\n')
    return "array.json"


def huge_file(d, mb=300):
    """A 300 MB file: a spec header, then zeros (sparse where the file system allows); refused by its size."""
    path = os.path.join(d, "huge.yaml")
    with open(path, "wb") as f:
        f.write(b"apiVersion: sagelint/v1\nendpoints: []\n")
        f.truncate(mb * 1024 * 1024)
    return "huge.yaml"


def sub_doubling(d, steps=40):
    """Fn::Sub names that double at every step: 2^40 characters if evaluated as written."""
    parts = ['AWSTemplateFormatVersion: "2010-09-09"\nResources:\n',
             "  Model0:\n    Type: AWS::SageMaker::Model\n    Properties:\n      ModelName: abcdefgh\n"]
    for i in range(1, steps + 1):
        parts.append(f"""  Model{i}:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: !Sub "${{Model{i - 1}.ModelName}}${{Model{i - 1}.ModelName}}"
""")
    parts.append(f"""  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: !GetAtt Model{steps}.ModelName
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 1
""")
    write(os.path.join(d, "sub.yaml"), "".join(parts))
    return "sub.yaml"


def join_aliases(d, n=200_000):
    """A 10 KB scalar anchored once and joined 200,000 times by alias: 2 GB if expanded."""
    refs = ", ".join(["*big"] * n)
    write(os.path.join(d, "join.yaml"), f"""AWSTemplateFormatVersion: "2010-09-09"
Metadata:
  Big: &big "{'x' * 10_000}"
Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: !Join ["", [{refs}]]
""")
    return "join.yaml"


def terraform_fanout(d, count=1000, variants=500):
    """A Terraform configuration: count over 1,000 instances, each with a dynamic block of 500 variants
    (a literal list: range() over thousands is already unknown)."""
    tf = os.path.join(d, "tf")
    os.makedirs(tf, exist_ok=True)
    write(os.path.join(tf, "main.tf"), f"""resource "aws_sagemaker_endpoint_configuration" "c" {{
  count = {count}
  name  = "c-${{count.index}}"
  dynamic "production_variants" {{
    for_each = [{", ".join(['"x"'] * variants)}]
    content {{
      variant_name           = "v${{production_variants.key}}"
      model_name             = "m"
      instance_type          = "ml.m5.xlarge"
      initial_instance_count = 1
    }}
  }}
}}
""")
    return "tf"


# name -> (generator, allowed exit codes, pattern one output line must match)
CASES = {
    "10000-resources": (many_resources, {0, 1, 3}, r"^resources\.yaml:\d+:\d+: (error|warning|info) SL\d+ "),
    "3000-endpoints": (many_endpoints, {0, 1, 3}, None),
    "9mb-json-array": (json_array, {0, 1, 3}, None),
    "300mb-file": (huge_file, {3}, r"^huge\.yaml:1:1: error SL001 the file is \d+ bytes, over the limit"),
    "sub-doubling": (sub_doubling, {0, 1, 3}, r"^sub\.yaml:62:18: error SL001 Fn::Sub builds a string longer than"),
    "join-aliases": (join_aliases, {0, 1, 3}, r"^join\.yaml:8:18: error SL001 Fn::Join builds a string longer than"),
    "terraform-fanout": (terraform_fanout, {0, 1, 3},
                         r"^tf/main\.tf:4:3: error SL001 dynamic \"production_variants\" expands to more than 100 blocks"),
}


def run(args, cwd):
    """Runs a command to its end; returns (exit code, stdout, stderr, peak RSS in MB)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                usage.ru_maxrss / 1024)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit-mb", type=float, default=512)
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    parser.add_argument("--only", default="", help="comma-separated case names")
    opts = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit(f"{JAR} is missing: run ./mvnw -q -pl cli -am package -DskipTests first")
    names = [n for n in CASES if not opts.only or n in opts.only.split(",")]
    base = tempfile.mkdtemp(prefix="sagelint-hostile-")
    failures = 0
    try:
        for name in names:
            generate, codes, pattern = CASES[name]
            d = os.path.join(base, name)
            os.makedirs(d)
            write(os.path.join(d, "good.yaml"), GOOD)
            target = generate(d)
            code, out, err, rss = run([LAUNCHER, "lint", "--color", "never", "good.yaml", target], d)
            problems = []
            if code not in codes:
                problems.append(f"exit {code}, expected one of {sorted(codes)}")
            if not GOOD_FINDING.search(out):
                problems.append("the good file beside it was not linted (no good.yaml:9 SL201)")
            if pattern and not re.search(pattern, out, re.M):
                problems.append(f"no output line matches {pattern!r}")
            if not re.search(r"^" + re.escape(target.split("/")[0]) + r"[^:\n]*:\d+:\d+: ", out, re.M) \
                    and name not in ("3000-endpoints", "9mb-json-array"):
                problems.append("no finding with a place for the hostile file")
            if "Exception" in out + err or "\tat " in out + err or "internal error" in out + err:
                problems.append("a stack trace or internal error")
            if rss >= opts.limit_mb:
                problems.append(f"peak RSS {rss:.0f} MB >= {opts.limit_mb:.0f} MB")
            status = "ok  " if not problems else "FAIL"
            print(f"{status} {name:18} exit {code}  peak RSS {rss:6.0f} MB  "
                  + ("; ".join(problems) if problems else first_line(out, target)))
            if problems:
                failures += 1
                print("     stdout: " + out[:2000].replace("\n", "\n             "))
                print("     stderr: " + err[:2000].replace("\n", "\n             "))
    finally:
        if opts.keep:
            print(f"inputs kept in {base}")
        else:
            shutil.rmtree(base, ignore_errors=True)
    sys.exit(1 if failures else 0)


def first_line(out, target):
    """The first finding line about the hostile input, shortened, for the summary."""
    for line in out.splitlines():
        if line.startswith(target.split("/")[0]):
            return line[:150]
    return "(no finding for the hostile file)"


if __name__ == "__main__":
    main()
