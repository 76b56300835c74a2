package dev.loopwright.application.port.in;

import dev.loopwright.application.port.out.runtime.RuntimeHealth;

/** Whether the model runtime answers, and which version it is. */
public interface RuntimeStatusUseCase {

    RuntimeHealth status();
}
