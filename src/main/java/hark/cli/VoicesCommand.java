package hark.cli;

import hark.voice.VoiceCatalog;
import hark.voice.VoiceSpec;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "List the voices: the files in voices/ and in ~/.config/hark/voices.")
final class VoicesCommand implements Callable<Integer> {
    @ParentCommand
    ListenCommand parent;

    @Override
    public Integer call() {
        for (VoiceSpec v : VoiceCatalog.load(VoiceCatalog.defaultFolders()).all()) {
            String mark = VoiceCatalog.DEFAULT_VOICE.equals(v.name()) ? " (default)" : "";
            parent.hark.out.printf("%-10s %s%s%n", v.name(), v.description(), mark);
        }
        return 0;
    }
}
