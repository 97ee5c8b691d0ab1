package org.mlbyhand.grading.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Budget;
import org.mlbyhand.grading.CallStopped;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Outcome;
import org.mlbyhand.grading.Subject;
import org.mlbyhand.grading.Thrown;

/**
 * An implementation running in a sandbox process: a JVM of its own, started in an empty temporary
 * directory with the grader's {@link Budget} (heap, JIT), that the grading process can stop at any
 * time. Each {@link #call} sends the case over a private loopback socket and waits for the outcome
 * until the call's deadline; past it, the whole process tree is killed and the call ends in a
 * {@link CallStopped}. The process's own output (whatever the learner's code prints) is kept only as a
 * bounded tail, for the report of a crash.
 */
public final class SandboxSubject implements Subject {
    /** How long a sandbox JVM may take to start and bind its target. */
    static final Duration STARTUP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Sandboxes still running: killed with their process trees if this JVM is stopped (Ctrl-C). */
    private static final java.util.Set<SandboxSubject> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(SandboxSubject::close),
                "sandbox-cleanup"));
    }

    private final Process process;
    private final ProcessTree tree;
    private final Path directory;
    private final OutputTail out;
    private final OutputTail err;
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream toChild;
    private boolean stopped;
    private Consumer<String> progress = line -> { };
    private String lastProgress;

    private SandboxSubject(Process process, Path directory, Socket socket) throws IOException {
        this.process = process;
        this.tree = new ProcessTree(process);
        this.directory = directory;
        this.out = new OutputTail(process.getInputStream(), "sandbox-stdout");
        this.err = new OutputTail(process.getErrorStream(), "sandbox-stderr");
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.toChild = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        LIVE.add(this);
    }

    /** Why a sandbox could not be started, or its target not bound; said to the learner as it is. */
    public static final class SetupFailure extends Exception {
        private static final long serialVersionUID = 1L;

        SetupFailure(String message) {
            super(message);
        }
    }

    /**
     * Starts a sandbox running {@code target} of {@code grader}.
     *
     * @param classpathFirst directories searched before this process's class path (the learner's
     *                       freshly compiled classes), may be empty
     */
    public static SandboxSubject start(Grader<?> grader, String target, Budget budget, List<Path> classpathFirst)
            throws SetupFailure {
        Path directory = null;
        Process process = null;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            directory = Files.createTempDirectory("mlbyhand-sandbox-");
            String token = HexFormat.of().formatHex(RANDOM.generateSeed(16));
            ProcessBuilder builder = new ProcessBuilder(command(grader, target, budget, classpathFirst,
                    server.getLocalPort())).directory(directory.toFile());
            builder.environment().put(SandboxMain.TOKEN, token);
            process = builder.start();
            process.getOutputStream().close();
            server.setSoTimeout((int) STARTUP.toMillis());
            Socket socket = accept(server, token, process);
            SandboxSubject subject = new SandboxSubject(process, directory, socket);
            subject.awaitReady();
            return subject;
        } catch (IOException e) {
            if (process != null) {
                new ProcessTree(process).kill();
            }
            deleteQuietly(directory);
            throw new SetupFailure("could not start the grading sandbox: " + e.getMessage());
        }
    }

    private static Socket accept(ServerSocket server, String token, Process process) throws IOException {
        long until = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < until) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (SocketTimeoutException e) {
                break;
            }
            socket.setSoTimeout((int) STARTUP.toMillis());
            byte[] proof = new DataInputStream(socket.getInputStream()).readNBytes(token.length());
            if (new String(proof, StandardCharsets.US_ASCII).equals(token)) {
                socket.setTcpNoDelay(true);
                return socket;
            }
            socket.close(); // not our sandbox
        }
        throw new IOException("the sandbox JVM did not connect within " + STARTUP.toSeconds() + " s"
                + (process.isAlive() ? "" : " (it exited with code " + process.exitValue() + ")"));
    }

    private void awaitReady() throws SetupFailure, IOException {
        int tag;
        try {
            tag = in.readByte();
        } catch (IOException e) {
            close();
            throw new SetupFailure("the sandbox ended before it was ready" + ending());
        }
        if (tag == Message.SETUP_FAILED) {
            String reason = Wire.readString(in);
            close();
            throw new SetupFailure(reason);
        }
        if (tag != Message.READY) {
            close();
            throw new IOException("unexpected message " + tag + " from the sandbox");
        }
    }

    /** Sends every {@link org.mlbyhand.grading.Progress} line the sandboxed code reports to {@code sink}, live. */
    public void onProgress(Consumer<String> sink) {
        this.progress = sink;
    }

    @Override
    public Outcome call(Case input, long deadline) {
        long start = System.nanoTime();
        lastProgress = null;
        if (stopped) {
            throw new CallStopped(CallStopped.Reason.PROCESS_ENDED, input, Duration.ZERO, ending(), null);
        }
        if (deadline - start <= 0) {
            close();
            throw new CallStopped(CallStopped.Reason.TIMED_OUT, input, Duration.ZERO, "", null);
        }
        try {
            toChild.writeByte(Message.CALL);
            Wire.writeCase(toChild, input);
            toChild.flush();
            return read(input, deadline);
        } catch (SocketTimeoutException e) {
            close();
            throw new CallStopped(CallStopped.Reason.TIMED_OUT, input, Duration.ofNanos(System.nanoTime() - start), "",
                    lastProgress);
        } catch (IOException e) {
            close();
            throw new CallStopped(CallStopped.Reason.PROCESS_ENDED, input, Duration.ofNanos(System.nanoTime() - start),
                    ending(), lastProgress);
        }
    }

    /** Reads the call's reply, passing on progress lines as they come, until the deadline. */
    private Outcome read(Case input, long deadline) throws IOException {
        int tag = nextTag(deadline);
        while (tag == Message.PROGRESS) {
            lastProgress = Wire.readString(in);
            progress.accept(lastProgress);
            tag = nextTag(deadline);
        }
        Object result = null;
        Thrown thrown = null;
        if (tag == Message.RETURNED) {
            result = Wire.readValue(in);
        } else if (tag == Message.THREW) {
            thrown = Wire.readThrown(in);
        } else {
            throw new IOException("unexpected message " + tag + " from the sandbox");
        }
        int n = in.readInt();
        if (n != input.arguments().size()) {
            throw new IOException("the sandbox sent " + n + " arguments back, not " + input.arguments().size());
        }
        List<Case.Arg> after = new ArrayList<>();
        for (Case.Arg a : input.arguments()) {
            Object value = Wire.readValue(in);
            try {
                after.add(new Case.Arg(a.name(), a.axes(), value));
            } catch (IllegalArgumentException e) {
                throw new IOException("argument " + a.name() + " came back as something else", e);
            }
        }
        Duration elapsed = Duration.ofNanos(Math.max(0, in.readLong()));
        String modified = Case.of(after, input.dimensions()).firstDifference(input);
        return new Outcome(result, thrown, modified, elapsed);
    }

    private int nextTag(long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new SocketTimeoutException("the call's time is up");
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(remaining))));
        return in.readByte();
    }

    /** " (exit code 3).\n  Does your code call System.exit...? Its last output:\n ..." for a process that ended. */
    private String ending() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.awaitEnd(500);
        err.awaitEnd(500);
        String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
        String printed = err.text().isEmpty() ? out.text() : err.text();
        return code + ".\n  Does your code call System.exit, or run out of memory?"
                + (printed.isEmpty() ? "" : " Its last error output:\n" + printed.indent(4).stripTrailing());
    }

    /** Asks the sandbox to exit, then kills its process tree whatever it does, and deletes its directory. */
    @Override
    public synchronized void close() {
        LIVE.remove(this);
        if (!stopped) {
            stopped = true;
            try {
                toChild.writeByte(Message.END);
                toChild.flush();
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                // already gone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tree.kill();
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a dead socket
            }
            deleteQuietly(directory);
        }
    }

    private static List<String> command(Grader<?> grader, String target, Budget budget, List<Path> first, int port) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + budget.heapMegabytes() + "m");
        cmd.add("-Xss4m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:-UsePerfData");
        if (!budget.optimisingJit()) {
            cmd.add("-XX:TieredStopAtLevel=1");
        }
        String trace = System.getProperty("grade.trace");
        if (trace != null && !trace.isEmpty()) {
            cmd.add("-Dgrade.trace=" + trace);
        }
        StringBuilder classpath = new StringBuilder();
        for (Path p : first) {
            classpath.append(p.toAbsolutePath()).append(File.pathSeparator);
        }
        classpath.append(absoluteClasspath());
        cmd.add("-cp");
        cmd.add(classpath.toString());
        cmd.add(SandboxMain.class.getName());
        cmd.add(Integer.toString(port));
        cmd.add(grader.getClass().getName());
        cmd.add(target);
        return cmd;
    }

    /** This process's class path with every entry absolute, since the sandbox starts in another directory. */
    private static String absoluteClasspath() {
        StringBuilder s = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                s.append(s.length() > 0 ? File.pathSeparator : "").append(Path.of(entry).toAbsolutePath());
            }
        }
        return s.toString();
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
