package dev.loopwright.application.port.in;

import java.time.Instant;

/** Hides the restore notice for good; dismissing twice keeps the first time. */
public interface DismissRestoreNoticeUseCase {

    Instant dismiss();
}
