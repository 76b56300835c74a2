package dev.loopwright.application.preflight;

import java.util.List;

/**
 * One group of pre-flight checks. It reports what it finds, pass or fail, and never throws for a finding: every
 * problem of every step is listed together, so the person fixes them all in one go.
 */
@FunctionalInterface
public interface PreflightStep {

    List<PreflightCheck> check(PreflightSubject subject);
}
