package dev.loopwright.application.council;

/** The ways a council step can fail as a whole; the name is the error code a blocked ticket shows. */
public enum CouncilError {
    /** Too few members delivered a valid draft or scorecard. */
    QUORUM_NOT_MET,
    /** What an earlier step persisted is gone or unreadable; retrying the earlier phase rebuilds it. */
    COUNCIL_DATA_LOST,
    /** The winner could not produce a valid refinement within its retries. */
    REFINEMENT_FAILED
}
