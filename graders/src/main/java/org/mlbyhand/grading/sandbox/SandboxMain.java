package org.mlbyhand.grading.sandbox;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Progress;
import org.mlbyhand.grading.Thrown;

/**
 * The sandbox process's entry point: {@code SandboxMain PORT GRADER_CLASS TARGET}. It connects to the
 * grading process on the loopback interface (proving itself with the token in the environment),
 * binds the target implementation, and then only runs calls: for each case it receives, it calls the
 * implementation on it and sends back what happened (the result or the exception as plain data, the
 * arguments after the call, the time taken). It compares nothing and decides nothing: the verdict is
 * reached in the grading process, and what the learner's code prints goes to the process's standard
 * output and error, never to this socket.
 */
public final class SandboxMain {
    /** The environment variable carrying the connection token. */
    static final String TOKEN = "MLBYHAND_SANDBOX_TOKEN";

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(ProcessTree::killDescendantsOfThisProcess));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
            socket.setTcpNoDelay(true);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            out.write(System.getenv(TOKEN).getBytes(StandardCharsets.US_ASCII));
            serve(args[1], args[2], in, out);
        }
        System.exit(0); // ends any thread the learner's code started
    }

    private static void serve(String graderClass, String target, DataInputStream in, DataOutputStream out)
            throws IOException {
        Grader<?> grader;
        Object implementation;
        try {
            grader = (Grader<?>) Class.forName(graderClass).getConstructor().newInstance();
            implementation = Target.resolve(grader, target);
        } catch (Throwable t) {
            out.writeByte(Message.SETUP_FAILED);
            Wire.writeString(out, t instanceof LearnerBinding.BindingException ? t.getMessage() : t.toString());
            out.flush();
            return;
        }
        Progress.listen(line -> {
            synchronized (out) {
                try {
                    out.writeByte(Message.PROGRESS);
                    Wire.writeString(out, line);
                    out.flush();
                } catch (IOException e) {
                    // the grading process is gone; the call will end with it
                }
            }
        });
        out.writeByte(Message.READY);
        out.flush();
        while (true) {
            int tag;
            try {
                tag = in.readByte();
            } catch (EOFException e) {
                return;
            }
            if (tag != Message.CALL) {
                return;
            }
            Case input = Wire.readCase(in);
            byte[] reply = call(grader, implementation, input);
            synchronized (out) {
                out.write(reply);
                out.flush();
            }
        }
    }

    /** Runs one call and returns the whole reply, so a value that fails to encode cannot break the stream. */
    @SuppressWarnings("unchecked")
    private static <F> byte[] call(Grader<F> grader, Object implementation, Case input) throws IOException {
        long start = System.nanoTime();
        Object result = null;
        Throwable thrown = null;
        try {
            result = grader.call((F) implementation, input);
        } catch (Throwable t) {
            thrown = t;
        }
        long nanos = System.nanoTime() - start;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream reply = new DataOutputStream(bytes);
        if (thrown == null) {
            try {
                reply.writeByte(Message.RETURNED);
                Wire.writeValue(reply, result);
            } catch (RuntimeException | Error | IOException e) {
                thrown = e;
                bytes.reset();
            }
        }
        if (thrown != null) {
            reply.writeByte(Message.THREW);
            Wire.writeThrown(reply, Thrown.of(thrown));
        }
        reply.writeInt(input.arguments().size());
        for (Case.Arg a : input.arguments()) {
            Wire.writeValue(reply, a.value());
        }
        reply.writeLong(nanos);
        reply.flush();
        return bytes.toByteArray();
    }
}
