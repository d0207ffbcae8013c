package dca.cli;

/** ANSI styles, or nothing at all when colour is off (NO_COLOR, TERM=dumb, plain mode). */
final class Paint {
    private final boolean on;

    Paint(boolean on) {
        this.on = on;
    }

    String bold(String s) { return sgr("1", s); }
    String dim(String s) { return sgr("2", s); }
    String red(String s) { return sgr("31", s); }
    String green(String s) { return sgr("32", s); }
    String yellow(String s) { return sgr("33", s); }
    String cyan(String s) { return sgr("36", s); }
    String inverse(String s) { return sgr("7", s); }
    String strike(String s) { return on ? sgr("9;31", s) : "{+" + s + "+}"; }
    String missing(String s) { return on ? sgr("4;32", s) : "[-" + s + "-]"; }

    private String sgr(String code, String s) {
        return on ? "\033[" + code + "m" + s + "\033[0m" : s;
    }
}
