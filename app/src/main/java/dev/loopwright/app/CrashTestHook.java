package dev.loopwright.app;

import dev.loopwright.application.execution.FinalizationHook;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For crash tests only: with the system property {@value #PROPERTY} set to a bead id, the server stops forever right
 * after that bead's success checkpoint, before its commit, and says so on standard output, so that a test can kill it
 * (SIGKILL) at exactly that point and check the restart. Without the property nothing happens.
 */
final class CrashTestHook {
    static final String PROPERTY = "loopwright.test.pauseAfterBeadCheckpoint";
    static final String PAUSED = "CRASH-TEST: paused after the checkpoint of bead ";
    private static final Logger LOG = LoggerFactory.getLogger(CrashTestHook.class);

    private CrashTestHook() {
    }

    static FinalizationHook fromSystemProperty() {
        Optional<String> bead = Optional.ofNullable(System.getProperty(PROPERTY)).filter(id -> !id.isBlank());
        if (bead.isEmpty()) {
            return FinalizationHook.NONE;
        }
        LOG.warn("Crash-test hook armed: the server pauses after the checkpoint of bead {}", bead.get());
        return beadId -> {
            if (beadId.equals(bead.get())) {
                System.out.println(PAUSED + beadId);
                System.out.flush();
                while (true) {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        // Deliberately deaf: only a kill ends this.
                    }
                }
            }
        };
    }
}
