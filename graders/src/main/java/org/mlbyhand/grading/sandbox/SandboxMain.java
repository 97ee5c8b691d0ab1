package org.mlbyhand.grading.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.mlbyhand.grading.Grader;
import org.mlbyhand.grading.Grading;
import org.mlbyhand.grading.Verdict;

/**
 * The child JVM's entry point: {@code SandboxMain GRADER_CLASS TARGET}. It grades, telling the parent
 * on standard output when each check starts ({@code CHECK name}) and finally the verdict
 * ({@code VERDICT base64}). Whatever the learner's code prints is discarded, so it cannot disturb
 * the protocol.
 */
public final class SandboxMain {
    static final String CHECK = "CHECK ";
    static final String VERDICT = "VERDICT ";

    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        Grader<?> grader = (Grader<?>) Class.forName(args[0]).getConstructor().newInstance();
        Verdict verdict = grade(grader, args[1], protocol);
        protocol.println(VERDICT + encode(verdict));
        protocol.flush();
        System.exit(0); // ends any thread the learner's code started
    }

    private static <F> Verdict grade(Grader<F> grader, String target, PrintStream protocol) {
        return Grading.grade(grader, Target.resolve(grader, target), name -> protocol.println(CHECK + name));
    }

    static String encode(Verdict verdict) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(verdict);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
