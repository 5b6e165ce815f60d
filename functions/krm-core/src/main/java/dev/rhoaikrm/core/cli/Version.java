package dev.rhoaikrm.core.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The product version, from a resource Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/rhoaikrm/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"rhoai-krm " + current(), "KRM functions: config.kubernetes.io/v1 ResourceList; intents: rhoai-krm.dev/v1alpha1"};
    }
}
