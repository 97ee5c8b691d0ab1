package org.mlbyhand.grading.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sandbox process and every process it starts. Processes the learner's code spawns are recorded
 * while the sandbox runs (a watcher looks every {@value #WATCH_MILLIS} ms), because one whose parent
 * has exited is no longer the sandbox's descendant; at the end, all of them are killed, then the
 * sandbox. The sandbox also kills its own descendants when it exits.
 */
final class ProcessTree {
    private static final long WATCH_MILLIS = 50;
    private final Process root;
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();
    private final Thread watcher;

    ProcessTree(Process root) {
        this.root = root;
        this.watcher = new Thread(this::watch, "sandbox-process-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Kills every process seen in the tree, then the root, and waits for the root to end. */
    void kill() {
        watcher.interrupt();
        record();
        for (ProcessHandle p : seen) {
            p.destroyForcibly();
        }
        root.destroyForcibly();
        try {
            root.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle p : seen) {
            p.destroyForcibly();
        }
    }

    /** Used by the sandbox itself on exit: kill whatever the learner's code started. */
    static void killDescendantsOfThisProcess() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private void watch() {
        while (root.isAlive() && !Thread.currentThread().isInterrupted()) {
            record();
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record() {
        try {
            root.descendants().forEach(seen::add);
        } catch (RuntimeException ignored) {
            // the process list changed while it was read; the next look sees it
        }
    }
}
