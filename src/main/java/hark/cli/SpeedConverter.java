package hark.cli;

import hark.player.PlaybackSettings;
import java.util.Locale;
import picocli.CommandLine;

/** Reads --speed as "1.5", "1.5x" or "150%", and refuses values outside 0.5 to 3.0. */
final class SpeedConverter implements CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        double speed;
        try {
            if (v.endsWith("%")) {
                speed = Double.parseDouble(v.substring(0, v.length() - 1)) / 100;
            } else {
                speed = Double.parseDouble(v.endsWith("x") ? v.substring(0, v.length() - 1) : v);
            }
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "--speed " + value + ": not a number; give a speed such as 1.5");
        }
        if (!(speed >= PlaybackSettings.MIN_SPEED && speed <= PlaybackSettings.MAX_SPEED)) {
            throw new CommandLine.TypeConversionException("--speed " + value + ": must be between "
                    + PlaybackSettings.MIN_SPEED + " and " + PlaybackSettings.MAX_SPEED);
        }
        return speed;
    }
}
