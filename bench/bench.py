#!/usr/bin/env python3
"""Whole-process start-up benchmark of the sagelint CLI.

Usage (from the repository root, after building the jar):
    python3 bench/bench.py [--runs 7] [--warmup 1]

It generates inputs under bench/target/ (one template, a folder of 26 and a folder of 1,000), then runs
every command several times as a fresh process and prints the median, min and max wall time and CPU time (user + system of all threads) in ms:
  - jar:      java -jar cli/target/sagelint.jar lint ...            (plain JVM flags)
  - launcher: ./sagelint lint ...   (AppCDS archive + -XX:TieredStopAtLevel=1 + -XX:+UseSerialGC)
Runs are interleaved (round-robin) so that background load affects every variant alike; on a busy
machine the CPU time is the steadier figure.
The exit code (1: the generated inputs contain findings) is checked, never timed away.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "target")
JAR = os.path.join(ROOT, "cli", "target", "sagelint.jar")

GOOD = """apiVersion: sagelint/v1
endpoints:
  - name: {name}
    asyncInference: {{ outputPath: "s3://bucket/{name}/out" }}
    variants:
      - name: AllTraffic
        instanceType: ml.m5.xlarge
        initialInstanceCount: 1
        autoscaling:
          minCapacity: 0
          maxCapacity: {max}
          policies:
            - targetTracking:
                customMetric: {{ namespace: AWS/SageMaker, name: ApproximateBacklogSizePerInstance,
                                statistic: Average, dimensions: {{ EndpointName: {name} }} }}
                targetValue: 5
                scaleInCooldown: 600
                scaleOutCooldown: 60
"""

BAD = """apiVersion: sagelint/v1
endpoints:
  - name: {name}
    variants:
      - name: AllTraffic
        instanceType: ml.m5.xlarge
        initialInstanceCount: 2
        autoscaling:
          minCapacity: 0
          maxCapacity: {max}
          policies:
            - targetTracking: {{ metric: SageMakerVariantInvocationsPerInstance, targetValue: 100,
                                scaleInCooldown: 600, scaleOutCooldown: 60 }}
"""


def generate(folder, count):
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        text = (BAD if i % 2 == 0 else GOOD).format(name=f"endpoint-{i:04d}", max=2 + i % 7)
        with open(os.path.join(folder, f"spec-{i:04d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)


def cpu_of_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(cmd):
    """Wall time and CPU time (user + system, all threads) of one process, in ms."""
    cpu_before = cpu_of_children()
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=OUT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = (time.perf_counter() - start) * 1000
    cpu = (cpu_of_children() - cpu_before) * 1000
    if proc.returncode != 1:
        sys.exit(f"unexpected exit code {proc.returncode} from {' '.join(cmd)}: {proc.stderr.decode()}")
    return elapsed, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isfile(JAR):
        sys.exit("build the jar first: ./mvnw -q -pl cli -am package -DskipTests")
    generate(os.path.join(OUT, "one"), 1)
    generate(os.path.join(OUT, "folder26"), 26)
    generate(os.path.join(OUT, "gen1000"), 1000)
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    variants = {
        "jar": [java, "-jar", JAR],
        "launcher": [os.path.join(ROOT, "sagelint")],
    }
    inputs = {"one template": "one/spec-0000.yaml", "folder of 26": "folder26", "1,000 templates": "gen1000"}
    cases = [(i, v) for i in inputs for v in variants]
    times = {c: [] for c in cases}
    for rnd in range(args.warmup + args.runs):
        for (i, v) in cases:
            t = run_once(variants[v] + ["lint", "--color=never", inputs[i]])
            if rnd >= args.warmup:
                times[(i, v)].append(t)
    print(f"{args.runs} runs each after {args.warmup} warm-up, round-robin; median [min-max] in ms")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print(f"{'input':<16} " + " ".join(f"{v + ' ' + k:>22}" for v in variants for k in ('wall', 'cpu')))
    for i in inputs:
        cells = []
        for v in variants:
            for k in (0, 1):
                ts = [t[k] for t in times[(i, v)]]
                cells.append(f"{statistics.median(ts):>6.0f} [{min(ts):.0f}-{max(ts):.0f}]")
        print(f"{i:<16} " + " ".join(f"{c:>22}" for c in cells))


if __name__ == "__main__":
    main()
