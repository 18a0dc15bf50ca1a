package hark.cli;

import picocli.CommandLine;

/** Reads --sentence-gap (and the config file's sentence-gap) as whole milliseconds from 0 to 5000. */
final class GapConverter implements CommandLine.ITypeConverter<Integer> {
    static final int MAX_MS = 5000;

    @Override
    public Integer convert(String value) {
        int ms;
        try {
            ms = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(
                    "--sentence-gap " + value + ": must be a whole number of milliseconds");
        }
        if (ms < 0 || ms > MAX_MS) {
            throw new CommandLine.TypeConversionException(
                    "--sentence-gap " + value + ": must be from 0 to " + MAX_MS + " milliseconds");
        }
        return ms;
    }
}
