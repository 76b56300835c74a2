package dev.loopwright.adapter.in.cli;

/** What the command line's exit status means, for scripts. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** The command worked, but the ticket it reports on is blocked and waits for a person. */
    public static final int TICKET_BLOCKED = 3;

    private ExitCodes() {
    }
}
