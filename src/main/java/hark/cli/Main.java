package hark.cli;

/** The launcher's entry point; all the work is in {@link Hark#run}, which tests call with their own streams. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Hark.standard().run(args));
    }
}
