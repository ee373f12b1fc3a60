package oxidation.launcher;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the launcher jar's implementation version. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"oxidation " + (version != null ? version : "development build")};
    }
}
