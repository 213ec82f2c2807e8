package cn.zhicheng.config;

/**
 * A proportion such as the 2/3 of a vote threshold or a quorum (SPEC §5), kept exact so that "at least two thirds"
 * never suffers from rounding.
 */
public record Fraction(int numerator, int denominator) {

    /** @throws IllegalArgumentException unless {@code 0 < numerator <= denominator} */
    public Fraction {
        if (numerator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("A fraction needs 0 < numerator <= denominator: "
                    + numerator + "/" + denominator);
        }
    }

    /**
     * Reads the form {@code n/d}; blanks around either number are ignored.
     *
     * @throws IllegalArgumentException when the text is not of that form or breaks {@code 0 < n <= d}
     */
    public static Fraction parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not of the form n/d: " + text);
        }
        return new Fraction(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    /** True when {@code count} is at least this fraction of {@code total}, e.g. pass votes of attending experts. */
    public boolean isReachedBy(long count, long total) {
        return Math.multiplyExact(count, (long) denominator) >= Math.multiplyExact(total, (long) numerator);
    }

    /** The smallest count that reaches this fraction of {@code total}: 2/3 of 25 is 17. */
    public long minimumCountOf(long total) {
        long scaled = Math.multiplyExact(total, (long) numerator);
        return Math.floorDiv(scaled + denominator - 1, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
