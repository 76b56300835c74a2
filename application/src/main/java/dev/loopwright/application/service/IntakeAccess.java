package dev.loopwright.application.service;

import dev.loopwright.application.error.ForbiddenException;
import dev.loopwright.application.error.NotFoundException;
import dev.loopwright.application.port.in.ApiCaller;
import dev.loopwright.application.port.out.intake.IntakeProjectRepository;
import dev.loopwright.application.port.out.intake.SecretSource;
import dev.loopwright.domain.intake.IntakeProject;
import dev.loopwright.domain.intake.IntakeProjectId;

/** Rules every intake service applies: viewers only read, ids are generated the same way, projects are scoped. */
final class IntakeAccess {
    private IntakeAccess() {
    }

    static void requireWrite(ApiCaller caller) {
        if (!caller.mayWrite()) {
            throw new ForbiddenException("Your role (" + caller.member().role().wireName() + ") may only read");
        }
    }

    /** A new id: a readable prefix and 96 random bits, unguessable so one organisation cannot probe another's. */
    static String newId(SecretSource secrets, String prefix) {
        return prefix + "_" + secrets.randomHex(12);
    }

    static IntakeProject project(IntakeProjectRepository projects, ApiCaller caller, IntakeProjectId id) {
        return projects.findById(caller.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("Project not found"));
    }
}
