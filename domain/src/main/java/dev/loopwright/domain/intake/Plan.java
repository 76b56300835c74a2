package dev.loopwright.domain.intake;

import dev.loopwright.domain.common.WireNames;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * An organisation's plan: whether its tokens may use the developer API, each token's request limits, and the
 * quotas shared by the API, the dashboard and the widget. The numbers are the documented Pro and Business ones.
 */
public enum Plan {
    STARTER(false, 0, 0, OptionalInt.of(0), OptionalInt.of(1)),
    PRO(true, 60, 5_000, OptionalInt.of(1_000), OptionalInt.of(10)),
    BUSINESS(true, 120, 25_000, OptionalInt.empty(), OptionalInt.empty());

    private final boolean apiAccess;
    private final int requestsPerMinute;
    private final int requestsPerDay;
    private final OptionalInt feedbackPerMonth;
    private final OptionalInt projects;

    Plan(boolean apiAccess, int requestsPerMinute, int requestsPerDay, OptionalInt feedbackPerMonth,
            OptionalInt projects) {
        this.apiAccess = apiAccess;
        this.requestsPerMinute = requestsPerMinute;
        this.requestsPerDay = requestsPerDay;
        this.feedbackPerMonth = feedbackPerMonth;
        this.projects = projects;
    }

    public boolean apiAccess() {
        return apiAccess;
    }

    /** Requests one token may make per clock minute. */
    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** Requests one token may make per UTC day. */
    public int requestsPerDay() {
        return requestsPerDay;
    }

    /** Feedback items the organisation may receive per calendar month (UTC), through any channel; empty: no limit. */
    public OptionalInt feedbackPerMonth() {
        return feedbackPerMonth;
    }

    /** Projects the organisation may have; empty: no limit. */
    public OptionalInt projects() {
        return projects;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Plan parse(String value) {
        return WireNames.parse(values(), Plan::wireName, "plan", value);
    }
}
