package dev.loopwright.application.service;

import dev.loopwright.application.port.in.DismissRestoreNoticeUseCase;
import dev.loopwright.application.port.in.GetStartupStatusUseCase;
import dev.loopwright.application.port.in.StartupFacts;
import dev.loopwright.application.port.in.StartupStatus;
import dev.loopwright.application.port.out.NoticeRepository;
import dev.loopwright.application.port.out.ProjectRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Startup storage status; the project count is taken once, at startup, so it describes what was restored. */
public final class StartupStatusService implements GetStartupStatusUseCase, DismissRestoreNoticeUseCase {
    static final String RESTORE_NOTICE = "restore_notice";

    private final StartupFacts facts;
    private final int projectsAtStartup;
    private final NoticeRepository notices;
    private final Clock clock;

    public StartupStatusService(StartupFacts facts, ProjectRepository projects, NoticeRepository notices, Clock clock) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.projectsAtStartup = projects.findAll().size();
        this.notices = Objects.requireNonNull(notices, "notices");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public StartupStatus status() {
        String kind = !facts.databaseExisted() ? "fresh" : projectsAtStartup == 0 ? "empty_existing" : "restored";
        Optional<Instant> dismissed = notices.dismissedAt(RESTORE_NOTICE);
        return new StartupStatus(kind, facts.databasePath(), facts.dataDirectory(), facts.dataDirectorySource(),
                kind.equals("restored") ? projectsAtStartup : 0, kind.equals("restored") && dismissed.isEmpty(),
                dismissed);
    }

    @Override
    public Instant dismiss() {
        return notices.dismiss(RESTORE_NOTICE, clock.instant());
    }
}
