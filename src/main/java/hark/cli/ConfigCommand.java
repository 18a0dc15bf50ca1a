package hark.cli;

import hark.voice.VoiceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParentCommand;

@Command(name = "config", mixinStandardHelpOptions = true,
        description = {"Print the effective settings and where each came from: the command line, the config file, "
                + "or hark's default.", "Settings are read from " + "$XDG_CONFIG_HOME/hark/config.properties "
                + "(by default ~/.config/hark/config.properties), one `name = value` per line, "
                + "for example `speed = 1.5`."})
final class ConfigCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Override
    public Integer call() {
        CommandLine root = parent.spec.commandLine();
        UserSettings settings = parent.userSettings;
        Path file = settings.file();
        parent.hark.out.println("Config file: " + file + (Files.isRegularFile(file) ? "" : " (not present)"));
        CommandLine.ParseResult parsed = root.getParseResult();
        VoiceCatalog catalog = VoiceCatalog.load(VoiceCatalog.defaultFolders(parent.hark.environment));
        for (OptionSpec option : root.getCommandSpec().options()) {
            String name = option.longestName().replaceFirst("^-+", "");
            if (!UserSettings.KEYS.containsKey(name)) {
                continue;
            }
            String from = parsed != null && parsed.hasMatchedOption(option) ? "command line"
                    : settings.has(name) ? "config file" : "default";
            Object value = option.getValue();
            String problem = name.equals("voice") && value != null && catalog.find(value.toString()).isEmpty()
                    ? "  <- unknown voice; `hark voices` lists them" : "";
            parent.hark.out.printf("%-14s %-8s (%s)%s%n", name, value == null ? "(voice)" : value, from, problem);
        }
        return 0;
    }
}
