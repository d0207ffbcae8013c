package dca.cli.drill;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Ctrl-C in a plain-mode session of this process: the JVM's SIGINT exit (status 130) first prints
 * the summary and closes the progress file. The session holds a lock except while it waits for a
 * line, so an interrupt never lands in the middle of saving an answer: it waits for the save to end.
 */
final class Interrupts implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Thread hook;
    private volatile boolean finished;

    /** {@code onInterrupt}: what to do before the process exits (print the summary, close the file). */
    Interrupts(Runnable onInterrupt) {
        hook = new Thread(() -> {
            lock.lock();
            try {
                if (!finished) onInterrupt.run();
            } finally {
                lock.unlock();
            }
        }, "dca-interrupt");
        lock.lock();
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Something that blocks waiting for the user: an interrupt may end the session while it waits. */
    interface Wait<T> {
        T get() throws java.io.IOException;
    }

    <T> T waiting(Wait<T> read) throws java.io.IOException {
        lock.unlock();
        try {
            return read.get();
        } finally {
            lock.lock();
        }
    }

    /** The session ended as usual: nothing left for an interrupt to do. */
    @Override
    public void close() {
        finished = true;
        lock.unlock();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook sees finished and does nothing
        }
    }
}
