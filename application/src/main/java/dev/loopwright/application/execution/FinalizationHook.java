package dev.loopwright.application.execution;

/**
 * Called between a bead's success checkpoint and its commit. Production passes {@link #NONE}; crash tests use it to
 * stop the process at exactly that point.
 */
@FunctionalInterface
public interface FinalizationHook {
    FinalizationHook NONE = beadId -> { };

    void afterCheckpoint(String beadId);
}
