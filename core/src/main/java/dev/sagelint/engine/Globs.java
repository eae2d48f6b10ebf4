package dev.sagelint.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Include/exclude patterns, matched against display paths (relative to the working folder, forward
 * slashes). {@code **} matches across folders, {@code *} and {@code ?} within one name; a pattern
 * without a slash matches a file name in any folder ({@code *.json} is {@code **}{@code /*.json}).
 *
 * <p>A pattern is compiled to a small automaton and matched by stepping through the path once with the set
 * of states it can be in (no backtracking), so a match costs at most the path's length times the pattern's,
 * whatever the pattern: {@code *a*a*a*a*a*b} against a long name cannot take exponential time (issue 14).
 */
public final class Globs {

    private final List<Program> patterns;

    public Globs(List<String> globs) {
        this.patterns = globs.stream().map(Globs::compile).toList();
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    public boolean matches(String path) {
        for (Program p : patterns) {
            if (p.matches(path)) {
                return true;
            }
        }
        return false;
    }

    // instructions of the automaton
    private static final int CHAR = 0;   // the character arg
    private static final int NAME = 1;   // any character but '/'
    private static final int ANY = 2;    // any character
    private static final int SPLIT = 3;  // go on at arg and at arg2
    private static final int JUMP = 4;   // go on at arg
    private static final int MATCH = 5;

    /** A compiled pattern: instruction kinds and arguments. */
    static final class Program {
        final int[] op;
        final int[] arg;
        final int[] arg2;

        Program(List<int[]> code) {
            op = new int[code.size()];
            arg = new int[code.size()];
            arg2 = new int[code.size()];
            for (int i = 0; i < code.size(); i++) {
                op[i] = code.get(i)[0];
                arg[i] = code.get(i)[1];
                arg2[i] = code.get(i)[2];
            }
        }

        boolean matches(String s) {
            int n = op.length;
            int[] current = new int[n];
            int[] next = new int[n];
            int[] mark = new int[n]; // the step a state was last added at, so each is added once per step
            int[] stack = new int[n * 2 + 2];
            int generation = 1;
            int count = add(0, current, 0, mark, generation, stack);
            for (int i = 0; i < s.length() && count > 0; i++) {
                char c = s.charAt(i);
                generation++;
                int nextCount = 0;
                for (int k = 0; k < count; k++) {
                    int pc = current[k];
                    boolean ok = switch (op[pc]) {
                        case CHAR -> arg[pc] == c;
                        case NAME -> c != '/';
                        case ANY -> true;
                        default -> false;
                    };
                    if (ok) {
                        nextCount = add(pc + 1, next, nextCount, mark, generation, stack);
                    }
                }
                int[] t = current;
                current = next;
                next = t;
                count = nextCount;
            }
            for (int k = 0; k < count; k++) {
                if (op[current[k]] == MATCH) {
                    return true;
                }
            }
            return false;
        }

        /** Adds a state and everything reachable from it without reading a character (iteratively). */
        private int add(int start, int[] list, int count, int[] mark, int generation, int[] stack) {
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int pc = stack[--top];
                if (mark[pc] == generation) {
                    continue;
                }
                mark[pc] = generation;
                switch (op[pc]) {
                    case JUMP -> stack[top++] = arg[pc];
                    case SPLIT -> {
                        stack[top++] = arg2[pc];
                        stack[top++] = arg[pc];
                    }
                    default -> list[count++] = pc;
                }
            }
            return count;
        }
    }

    static Program compile(String glob) {
        String g = glob.strip().replace('\\', '/');
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (!g.contains("/")) {
            g = "**/" + g;
        }
        if (g.endsWith("/")) {
            g = g + "**";
        }
        List<int[]> code = new ArrayList<>();
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                boolean slash = i + 2 < g.length() && g.charAt(i + 2) == '/';
                if (slash) { // (?:.*/)?
                    int l = code.size();
                    code.add(new int[] {SPLIT, l + 1, l + 5});
                    code.add(new int[] {SPLIT, l + 2, l + 4});
                    code.add(new int[] {ANY, 0, 0});
                    code.add(new int[] {JUMP, l + 1, 0});
                    code.add(new int[] {CHAR, '/', 0});
                } else {
                    star(code, ANY);
                }
                i += slash ? 2 : 1;
            } else if (c == '*') {
                star(code, NAME);
            } else if (c == '?') {
                code.add(new int[] {NAME, 0, 0});
            } else if (c == '{' && g.indexOf('}', i) > 0) {
                int end = g.indexOf('}', i);
                String[] alternatives = g.substring(i + 1, end).split(",", -1);
                List<Integer> jumps = new ArrayList<>();
                for (int a = 0; a < alternatives.length; a++) {
                    int split = -1;
                    if (a + 1 < alternatives.length) {
                        split = code.size();
                        code.add(new int[] {SPLIT, split + 1, -1});
                    }
                    for (char ch : alternatives[a].toCharArray()) {
                        code.add(new int[] {CHAR, ch, 0});
                    }
                    jumps.add(code.size());
                    code.add(new int[] {JUMP, -1, 0});
                    if (split >= 0) {
                        code.get(split)[2] = code.size();
                    }
                }
                for (int j : jumps) {
                    code.get(j)[1] = code.size();
                }
                i = end;
            } else {
                code.add(new int[] {CHAR, c, 0});
            }
        }
        code.add(new int[] {MATCH, 0, 0});
        return new Program(code);
    }

    /** {@code x*}: a loop over one kind of character. */
    private static void star(List<int[]> code, int kind) {
        int l = code.size();
        code.add(new int[] {SPLIT, l + 1, l + 3});
        code.add(new int[] {kind, 0, 0});
        code.add(new int[] {JUMP, l, 0});
    }
}
