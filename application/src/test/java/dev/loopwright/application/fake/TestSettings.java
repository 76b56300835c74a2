package dev.loopwright.application.fake;

import dev.loopwright.domain.profile.GitHookPolicy;
import dev.loopwright.domain.profile.ModelId;
import dev.loopwright.domain.workflow.LockedSettings;
import dev.loopwright.domain.workflow.SettingSource;
import dev.loopwright.domain.workflow.TicketEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ordinary locked settings and the START event that carries them, for tests that move tickets. */
public final class TestSettings {
    public static final ModelId MAIN = new ModelId("openai/gpt-5");
    public static final ModelId OTHER = new ModelId("anthropic/claude-sonnet-4");

    private TestSettings() {
    }

    public static LockedSettings locked() {
        return new LockedSettings(MAIN, Optional.empty(), List.of(MAIN, OTHER), Map.of(), 50, 20, 2, 5, 5, 1, false,
                SettingSource.DEFAULT, GitHookPolicy.VALIDATE_EXPLICITLY, SettingSource.DEFAULT);
    }

    public static TicketEvent start() {
        return new TicketEvent.Start(locked());
    }
}
