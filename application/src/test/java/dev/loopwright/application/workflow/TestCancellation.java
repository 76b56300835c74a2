package dev.loopwright.application.workflow;

/** Cancels a cancellation from tests outside the workflow package, as the runner does on a ticket's cancel. */
public final class TestCancellation {
    private TestCancellation() {
    }

    public static void cancel(Cancellation cancellation) {
        cancellation.cancel();
    }
}
