package dev.loopwright.adapter.out.opencode;

import dev.loopwright.application.error.ModelRuntimeException;
import dev.loopwright.application.port.out.runtime.RuntimeFailureKind;
import java.util.regex.Pattern;

/** Ids that go into OpenCode URL paths; anything but OpenCode's own id alphabet is refused, never encoded. */
final class SessionIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private SessionIds() {
    }

    static String segment(String id) {
        if (!ID.matcher(id).matches()) {
            throw new ModelRuntimeException(RuntimeFailureKind.SESSION_MISSING, "not an OpenCode id: '" + id + "'");
        }
        return id;
    }
}
