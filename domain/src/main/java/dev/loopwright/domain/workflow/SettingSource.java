package dev.loopwright.domain.workflow;

import java.util.Locale;

/** Where an effective setting came from, most specific first. */
public enum SettingSource {
    TICKET, PROJECT, PROFILE, DEFAULT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
