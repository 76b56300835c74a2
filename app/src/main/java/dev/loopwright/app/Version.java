package dev.loopwright.app;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, read from the jar manifest when there is one. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"loopwright " + (version == null ? "development build" : version)};
    }
}
