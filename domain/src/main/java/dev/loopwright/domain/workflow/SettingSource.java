package dev.loopwright.domain.workflow;

/** Where an effective setting came from, most specific first. */
public enum SettingSource {
    TICKET, PROJECT, PROFILE, DEFAULT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
