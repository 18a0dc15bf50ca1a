package hark.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, as the build wrote it. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Hark.class.getPackage().getImplementationVersion();
        return new String[] {"hark " + (version == null ? "(development build)" : version)};
    }
}
