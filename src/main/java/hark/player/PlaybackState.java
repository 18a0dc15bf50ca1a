package hark.player;

/** Whether the engine is speaking, waiting for the listener, or done. */
public enum PlaybackState {
    PLAYING("Playing"), PAUSED("Paused"), ENDED("Ended");

    private final String label;

    PlaybackState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
