package dca.cli.text;

/** ANSI styles, or nothing at all when colour is off (NO_COLOR, TERM=dumb, plain mode). */
public final class Paint {
    private final boolean on;

    public Paint(boolean on) {
        this.on = on;
    }

    /** False when colour is off: styles are then plain text or wdiff-style markers. */
    public boolean on() { return on; }

    public String bold(String s) { return sgr("1", s); }
    public String dim(String s) { return sgr("2", s); }
    public String red(String s) { return sgr("31", s); }
    public String green(String s) { return sgr("32", s); }
    public String yellow(String s) { return sgr("33", s); }
    public String cyan(String s) { return sgr("36", s); }
    public String inverse(String s) { return sgr("7", s); }
    public String strike(String s) { return on ? sgr("9;31", s) : "{+" + s + "+}"; }
    public String missing(String s) { return on ? sgr("4;32", s) : "[-" + s + "-]"; }

    private String sgr(String code, String s) {
        return on ? "\033[" + code + "m" + s + "\033[0m" : s;
    }
}
