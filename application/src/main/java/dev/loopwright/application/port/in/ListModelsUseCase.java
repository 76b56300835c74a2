package dev.loopwright.application.port.in;

/** The model catalog: only connected providers' models, or all of them. Never fails: problems become a message. */
public interface ListModelsUseCase {

    ModelsView models(boolean includeDisconnected);
}
