package dev.sagelint.parse;

import dev.sagelint.model.Deployment;

import dev.sagelint.model.InputProblem;
import dev.sagelint.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;

/**
 * Parses and links files into deployments without running any rule: what the simulator and other
 * tools that read the model need. Files no format accepts are skipped; bad input becomes
 * {@link dev.sagelint.model.InputProblem} facts, as in a lint run.
 */
public final class DeploymentReader {

    private final List<InputFormat> formats;
    private final ParseContext context;

    public DeploymentReader(List<InputFormat> formats, ParseContext context) {
        this.formats = List.copyOf(formats);
        this.context = context;
    }

    /** Every registered format, default limits, no configured traffic. */
    public static DeploymentReader defaults() {
        return new DeploymentReader(Formats.all(), ParseContext.defaults());
    }

    /** The format that reads the file: the first that accepts its head and confirms the whole file. */
    public Optional<InputFormat> formatOf(SourceFile file) {
        return formatOf(formats, file, context);
    }

    /** The first of the formats that accepts the file's head ({@link SourceFile#head()}) and confirms the file. */
    public static Optional<InputFormat> formatOf(List<InputFormat> formats, SourceFile file, ParseContext context) {
        return sniff(formats, file).filter(f -> f.confirms(file, context));
    }

    /** The first of the formats that accepts the file, judged by its head only: cheap and bounded. */
    public static Optional<InputFormat> sniff(List<InputFormat> formats, SourceFile file) {
        SourceFile head = file.head();
        return formats.stream().filter(f -> f.accepts(head)).findFirst();
    }

    /** Files of one format in one folder: what a format may join into one deployment (a Terraform module). */
    public record Group(InputFormat format, List<SourceFile> files) {
    }

    /**
     * The accepted files within the size limit, grouped by format and folder in first-seen order (a format
     * whose configurations span folders, Terraform with its local modules, gets one group);
     * a format may join the files of one folder into one deployment, and only such a format those of several.
     */
    public List<Group> groups(List<SourceFile> files) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (SourceFile file : files) {
            sniff(formats, file).filter(f -> !tooLarge(file)).ifPresent(f -> groups
                    .computeIfAbsent(f.spansFolders() ? f.name() : f.name() + '\u0000' + file.folder(),
                            k -> new Group(f, new ArrayList<>()))
                    .files().add(file));
        }
        return List.copyOf(groups.values());
    }

    /** Parses and links one group on the calling thread, without a time limit. */
    public List<Deployment> parse(Group group) {
        return read(group).deployments();
    }

    /**
     * What one group turned out to hold: the files its format confirmed as inputs ({@link InputFormat#confirms})
     * and their linked deployments.
     */
    public record Parsed(List<SourceFile> files, List<Deployment> deployments) {
    }

    /** Confirms, parses and links one group on the calling thread, without a time limit. */
    public Parsed read(Group group) {
        List<SourceFile> confirmed = group.files().stream().filter(f -> group.format().confirms(f, context)).toList();
        if (confirmed.isEmpty()) {
            return new Parsed(List.of(), List.of());
        }
        return new Parsed(confirmed, group.format().parse(confirmed, context).stream()
                .map(d -> Linker.link(d, context)).toList());
    }

    /**
     * Parses and links one group under the watchdog: on a daemon worker thread, for at most
     * {@link Limits#parseTimeoutMillis()} of work per file, as {@link WorkClock} counts it (time the worker waits for
     * a processor on a busy machine is not counted). When the time is up the work is cancelled (the parsers
     * check {@link Cancellation}) and each file of the group gets a fatal SL001 problem; when a parser fails
     * anyway (an exception, a stack overflow, memory), the same: the other groups are read as usual.
     */
    public List<Deployment> parseGuarded(Group group) {
        return readGuarded(group).deployments();
    }

    /**
     * {@link #read} under the watchdog, as {@link #parseGuarded}: confirming a file (which may parse it) counts
     * against the same time bound. A group that fails is reported file by file, all of them counted as inputs.
     */
    public Parsed readGuarded(Group group) {
        long budget = budgetMillis(group);
        WorkClock clock = new WorkClock();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        FutureTask<Parsed> task = new FutureTask<>(() -> {
            Thread self = Thread.currentThread();
            self.setContextClassLoader(loader);
            clock.enter();
            try {
                return read(group);
            } finally {
                self.setContextClassLoader(null); // a kept thread holds no caller's class loader
            }
        });
        READERS.execute(task);
        String failure;
        try {
            return clock.await(task, budget);
        } catch (TimeoutException e) {
            task.cancel(true);
            failure = timedOut();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return new Parsed(group.files(), failed(group, INTERRUPTED));
        } catch (ExecutionException e) {
            failure = ParseFailures.describe(e.getCause(), context.limits());
        }
        return failedGroup(group, failure, this::readGuarded);
    }

    /**
     * Bounds a read that runs on the calling thread ({@link #readHere}): the caller's own watchdog, which must charge
     * time as {@link WorkClock} does.
     */
    public interface Bound {
        /**
         * Starts bounding a read on the calling thread for {@code budgetMillis} of work; past it, the thread is
         * interrupted (the parsers check {@link Cancellation}). Should the read not stop then, the bound may give the
         * thread up and have {@code instead} computed on another: what the group reads as without it.
         */
        Watch start(long budgetMillis, java.util.function.Supplier<Parsed> instead);

        /** One bounded read. */
        interface Watch {
            /**
             * Ends the bound, on the reading thread, with the interrupt it may have caused cleared: true when the time
             * ran out. When the thread was given up, throws whatever the bound unwinds such a thread with.
             */
            boolean end();
        }
    }

    /**
     * {@link #readGuarded} on the calling thread, bounded by {@code bound} instead of a reader thread and its handoff
     * (two thread switches a unit). The calling thread must have a stack of at least {@link #STACK_BYTES}, as every
     * thread of {@link #thread} does: the depth limits are set for it. Failures are reported as {@link #readGuarded}
     * reports them, in the same words.
     */
    public Parsed readHere(Group group, Bound bound) {
        Bound.Watch watch = bound.start(budgetMillis(group),
                () -> failedGroup(group, timedOut(), g -> readHere(g, bound)));
        Parsed parsed = null;
        Throwable thrown = null;
        try {
            parsed = read(group);
        } catch (Throwable t) { // a parser bug, a stack overflow, memory: contained to the group
            thrown = t;
        }
        if (watch.end()) {
            return failedGroup(group, timedOut(), g -> readHere(g, bound));
        }
        if (thrown == null) {
            return parsed;
        }
        if (thrown instanceof java.util.concurrent.CancellationException) { // interrupted by someone else
            Thread.currentThread().interrupt();
            return new Parsed(group.files(), failed(group, INTERRUPTED));
        }
        return failedGroup(group, ParseFailures.describe(thrown, context.limits()), g -> readHere(g, bound));
    }

    private long budgetMillis(Group group) {
        return context.limits().parseTimeoutMillis() * Math.max(1, group.files().size());
    }

    private String timedOut() {
        return "reading took longer than " + seconds(context.limits().parseTimeoutMillis())
                + "; the file may be hostile (huge expansions, deep nesting) and was not linted; fix it, or raise"
                + " limits.parseTimeoutMillis in .sagelint.yaml if it is trusted";
    }

    private static final String INTERRUPTED = "reading was interrupted; the file was not linted";

    /**
     * A group whose reading failed: each file on its own when it has several (one bad file must not cost the others
     * of its folder; a format that joins files then sees less context, which is still better than nothing), else its
     * file with the failure.
     */
    private Parsed failedGroup(Group group, String failure, java.util.function.Function<Group, Parsed> readOne) {
        if (group.files().size() > 1) {
            List<SourceFile> files = new ArrayList<>();
            List<Deployment> out = new ArrayList<>();
            for (SourceFile file : group.files()) {
                Parsed one = readOne.apply(new Group(group.format(), List.of(file)));
                files.addAll(one.files());
                out.addAll(one.deployments());
            }
            return new Parsed(files, out);
        }
        return new Parsed(group.files(), failed(group, failure));
    }

    /** The stack a read needs: parsers recurse over nested input; the depth limits keep them well inside it. */
    public static final long STACK_BYTES = 4L * 1024 * 1024;

    /**
     * A daemon thread that may read on its own, with {@link #readHere}: its stack is at least {@link #STACK_BYTES}.
     */
    public static Thread thread(Runnable run, String name, long stackBytes) {
        Thread t = new Thread(null, run, name, Math.max(stackBytes, STACK_BYTES));
        t.setDaemon(true);
        return t;
    }

    /**
     * The threads units are read on, under the watchdog of {@link #readGuarded}. They are kept for the next unit (60
     * s idle, daemons): starting a thread with this stack per file cost a small template's reading time again. A
     * thread a reading never gives back after its cancellation stays with it, and the pool starts another; the pool
     * clears a cancelled task's interrupt before the thread's next task.
     */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        return thread(r, "sagelint-parse", STACK_BYTES);
    });

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static List<Deployment> failed(Group group, String message) {
        return group.files().stream()
                .map(f -> new Deployment(f.path(), null, List.of(InputProblem.fatalAt(new Location(f.path(), 1, 1),
                        message))))
                .toList();
    }

    /** One unread deployment, with an SL001 problem, for each accepted file over the size limit. */
    public List<Deployment> oversized(List<SourceFile> files) {
        return files.stream().filter(f -> sniff(formats, f).isPresent() && tooLarge(f))
                .map(f -> new Deployment(f.path(), null, List.of(oversizedProblem(f))))
                .toList();
    }

    /** The SL001 problem of a file over the size limit, which is not read. */
    public InputProblem oversizedProblem(SourceFile f) {
        return InputProblem.fatalAt(new Location(f.path(), 1, 1), "the file has " + f.text().length()
                + " characters, more than the limit of " + context.limits().maxFileBytes() + "; sagelint did not read"
                + " it (raise maxFileBytes in .sagelint.yaml if the file is trusted)");
    }

    /** Every deployment of the files, on the calling thread: oversized files first, then each group. */
    public List<Deployment> read(List<SourceFile> files) {
        List<Deployment> out = new ArrayList<>(oversized(files));
        for (Group group : groups(files)) {
            out.addAll(parseGuarded(group));
        }
        return out;
    }

    /** True when the file is over {@link Limits#maxFileBytes()}. */
    public boolean tooLarge(SourceFile file) {
        return file.text().length() > context.limits().maxFileBytes();
    }
}
