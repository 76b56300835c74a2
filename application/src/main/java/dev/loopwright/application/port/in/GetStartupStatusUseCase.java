package dev.loopwright.application.port.in;

/** How storage looked when the server started, and whether the "your projects were restored" notice shows. */
public interface GetStartupStatusUseCase {

    StartupStatus status();
}
