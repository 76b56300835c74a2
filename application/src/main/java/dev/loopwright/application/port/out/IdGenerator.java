package dev.loopwright.application.port.out;

/** Randomness, behind a port so tests can make it repeatable. */
public interface IdGenerator {

    /** A new unique id, e.g. for an error report or a client connection. */
    String newId();

    /** A seed for a deterministic shuffle, persisted so the shuffle can be replayed. */
    long newSeed();
}
