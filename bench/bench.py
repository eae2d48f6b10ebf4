#!/usr/bin/env python3
"""Whole-process benchmark of the sagelint CLI against a parse floor.

Usage (from the repository root):
    ./mvnw -q -pl cli -am package -DskipTests
    python3 bench/bench.py [--runs 5] [--warmup 1] [--sizes 1,1000,10000] [--variant NAME=COMMAND ...]

The floor (bench/floor/Floor.java, compiled here into bench/target/floor) is a plain Java program
that starts, finds the same files, reads them and parses each with SnakeYAML (Jackson for JSON) on
as many threads as the machine has cores, with default JVM flags, and does nothing else. Every
variant lints the same generated CloudFormation templates (bench/target/cfn-N/; half of them carry
an SL201 finding, so sagelint must exit 1 and the floor 0: exit codes are checked, never timed away).

Variants, run interleaved (round-robin, each round starting one variant further on, so that each
variant runs in every place of the order as often as the others) so that background load, and what
the process before leaves behind, falls on all of them alike:
  - floor:    java -cp bench/target/floor:cli/target/sagelint.jar Floor DIR
  - launcher: ./sagelint lint DIR                    (the launcher's fast-start flags)
  - jar:      java -jar cli/target/sagelint.jar lint DIR   (no flags)
  - --skip launcher,jar leaves those two out (to compare two jars of your own, say);
  - any --variant NAME=COMMAND (for example dist=cli/target/sagelint-X/bin/sagelint); the
    command is split on spaces and gets "lint DIR" appended.

For each size and variant it prints the median wall time, CPU time (user + system, all threads) and
peak resident set size of the process (ru_maxrss from wait4, so each run's own peak), the ratio
of each sagelint variant's median wall time to the floor's median wall time (what issue 19's targets
are stated in), and the same ratio of CPU times: on a busy host the wall ratios move with the load,
and the CPU ratio tells a slower host from slower code. The load average is printed before and after.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "target")
JAR = os.path.join(ROOT, "cli", "target", "sagelint.jar")
FLOOR_SRC = os.path.join(ROOT, "bench", "floor", "Floor.java")
FLOOR_OUT = os.path.join(OUT, "floor")

TEMPLATE = """AWSTemplateFormatVersion: "2010-09-09"
Description: generated benchmark template {i}
Parameters:
  ModelDataUrl:
    Type: String
    Default: s3://bench-bucket/models/{i}/model.tar.gz
Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: arn:aws:iam::123456789012:role/bench
      PrimaryContainer:
        Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/bench:latest
        ModelDataUrl: !Ref ModelDataUrl
  EndpointConfig:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - VariantName: AllTraffic
          ModelName: !GetAtt Model.ModelName
          InstanceType: ml.m5.xlarge
          InitialInstanceCount: 2
  Endpoint:
    Type: AWS::SageMaker::Endpoint
    Properties:
      EndpointName: bench-endpoint-{i}
      EndpointConfigName: !GetAtt EndpointConfig.EndpointConfigName
  ScalableTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    DependsOn: Endpoint
    Properties:
      ServiceNamespace: sagemaker
      ScalableDimension: sagemaker:variant:DesiredInstanceCount
      ResourceId: endpoint/bench-endpoint-{i}/variant/AllTraffic
      MinCapacity: {min}
      MaxCapacity: {max}
  ScalingPolicy:
    Type: AWS::ApplicationAutoScaling::ScalingPolicy
    Properties:
      PolicyName: bench-invocations-{i}
      PolicyType: TargetTrackingScaling
      ScalingTargetId: !Ref ScalableTarget
      TargetTrackingScalingPolicyConfiguration:
        TargetValue: 70
        ScaleInCooldown: 600
        ScaleOutCooldown: 60
        PredefinedMetricSpecification:
          PredefinedMetricType: SageMakerVariantInvocationsPerInstance
"""


def generate(folder, count):
    if os.path.isdir(folder) and len(os.listdir(folder)) == count:
        return
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    for i in range(count):
        # every other template has MinCapacity 0 on a real-time variant: SL201, exit 1
        text = TEMPLATE.format(i=i, min=0 if i % 2 == 0 else 2, max=4 + i % 5)
        with open(os.path.join(folder, f"template-{i:05d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def build_floor(java_home):
    javac = os.path.join(java_home, "bin", "javac") if java_home else "javac"
    stamp = os.path.join(FLOOR_OUT, "Floor.class")
    if os.path.isfile(stamp) and os.path.getmtime(stamp) >= os.path.getmtime(FLOOR_SRC):
        return
    os.makedirs(FLOOR_OUT, exist_ok=True)
    subprocess.run([javac, "--release", "17", "-cp", JAR, "-d", FLOOR_OUT, FLOOR_SRC], check=True)


def run_once(cmd, expected):
    """Wall ms, CPU ms (user + system, all threads) and peak RSS MiB of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    proc.returncode = code
    if code != expected:
        sys.exit(f"unexpected exit code {code} (expected {expected}) from {' '.join(cmd)}: {err.decode()[-2000:]}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return elapsed, cpu, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--sizes", default="1,1000,10000", help="comma-separated template counts")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=COMMAND")
    parser.add_argument("--skip", default="", metavar="NAMES",
                        help="comma-separated built-in variants not to run (launcher, jar), e.g. to compare two jars")
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("build the jar first: ./mvnw -q -pl cli -am package -DskipTests")
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else "java"
    build_floor(java_home)

    variants = {
        "floor": ([java, "-cp", FLOOR_OUT + os.pathsep + JAR, "Floor"], 0),
        "launcher": ([os.path.join(ROOT, "sagelint"), "lint", "--color=never"], 1),
        "jar": ([java, "-jar", JAR, "lint", "--color=never"], 1),
    }
    for name in filter(None, args.skip.split(",")):
        if name not in ("launcher", "jar"):
            sys.exit(f"--skip takes launcher and jar, not {name} (the floor is what the ratios divide by)")
        del variants[name]
    for spec in args.variant:
        name, _, command = spec.partition("=")
        variants[name] = (shlex.split(command) + ["lint", "--color=never"], 1)

    sizes = [int(s) for s in args.sizes.split(",")]
    inputs = {}
    for n in sizes:
        folder = os.path.join(OUT, f"cfn-{n}")
        generate(folder, n)
        inputs[n] = os.path.join(folder, "template-00000.yaml") if n == 1 else folder

    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    results = {(n, v): [] for n in sizes for v in variants}
    names = list(variants)
    for rnd in range(args.warmup + args.runs):
        # each round starts one variant further on: a variant that follows a heavy one (java -jar's 4 s of
        # CPU and 400 MiB) ran measurably slower when the order was fixed, so every variant takes every place
        order = names[rnd % len(names):] + names[:rnd % len(names)]
        for n in sizes:
            for v in order:
                cmd, expected = variants[v]
                sample = run_once(cmd + [inputs[n]], expected)
                if rnd >= args.warmup:
                    results[(n, v)].append(sample)

    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    jvm = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"{args.runs} runs each after {args.warmup} warm-up, round-robin, rotated; medians; {jvm}")
    print(f"load average at the start: {load_before}, at the end: {load} on {os.cpu_count()} cores")
    print(f"{'templates':>9} {'variant':<10} {'wall ms':>9} {'cpu ms':>9} {'peak RSS MiB':>13} {'wall / floor':>13}"
          f" {'cpu / floor':>12}")
    for n in sizes:
        floor_wall = statistics.median(s[0] for s in results[(n, "floor")])
        floor_cpu = statistics.median(s[1] for s in results[(n, "floor")])
        for v in variants:
            samples = results[(n, v)]
            wall = statistics.median(s[0] for s in samples)
            cpu = statistics.median(s[1] for s in samples)
            rss = max(s[2] for s in samples)
            ratio = "" if v == "floor" else f"{wall / floor_wall:.2f}x"
            cpu_ratio = "" if v == "floor" else f"{cpu / floor_cpu:.2f}x"
            print(f"{n:>9} {v:<10} {wall:>9.0f} {cpu:>9.0f} {rss:>13.0f} {ratio:>13} {cpu_ratio:>12}")


if __name__ == "__main__":
    main()
