package dev.loopwright.application.port.in;

/** Whether the model runtime answers, and which version it is. */
public interface RuntimeStatusUseCase {

    RuntimeStatus status();
}
