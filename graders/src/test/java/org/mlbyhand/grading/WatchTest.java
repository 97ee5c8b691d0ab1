package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;

/** Watch mode on the fixture exercise: not started, a failure, the same failure with a second hint, solved. */
class WatchTest {

    @Test
    void watchGradesOnEverySaveShowsTheNextHintOnARepeatedFailureAndMovesOnWhenSolved() throws Exception {
        FixtureRepository repo = FixtureRepository.create("watch")
                .stub("throw new org.mlbyhand.exercises.NotImplementedYet(\"test copy\");", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Watch watch = new Watch(List.of(new ProblemSet("test", "Fixture", List.of(new HintedCopyGrader()))),
                repo.root(), out);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread running = new Thread(() -> {
            try {
                watch.run(events);
            } catch (Exception e) {
                out.println("watch stopped: " + e);
            }
        });
        running.start();
        awaitCount(bytes, "(graded in", 1);
        repo.stub("return A.transpose();", "");
        events.add("grade");
        awaitCount(bytes, "(graded in", 2);
        events.add("grade");
        awaitCount(bytes, "(graded in", 3);
        repo.stub(FixtureRepository.loops(), "");
        events.add("save");
        running.join(60_000);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("TEST · copy · Copy a matrix: not started"), text);
        int first = text.indexOf("hint: FIRST");
        assertTrue(first >= 0, text);
        assertFalse(text.substring(first, text.indexOf("file:", first)).contains("SECOND"), text);
        assertTrue(text.contains("(a further hint: fail this check again, or type hint and press Enter)"), text);
        assertTrue(text.indexOf("next hint: SECOND") > first, text);
        assertTrue(text.contains("✔ test copy: solved"), text);
        assertTrue(text.contains("All solved. Well done!"), text);
        assertFalse(running.isAlive());
        assertEquals(0, ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).count());
    }

    private static void awaitCount(ByteArrayOutputStream bytes, String marker, int count) throws InterruptedException {
        for (int wait = 0; wait < 3000; wait++) {
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (text.split(java.util.regex.Pattern.quote(marker), -1).length - 1 >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + marker + "' #" + count + " in:\n" + bytes.toString(StandardCharsets.UTF_8));
    }
}
