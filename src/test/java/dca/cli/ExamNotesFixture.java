package dca.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a notes directory for exam tests: one chapter per domain, {@code perDomain} choice
 * questions each in the explicit syntax. Option texts say "right" or "wrong" so a scripted
 * candidate can answer on purpose; every fifth question has two right options.
 */
final class ExamNotesFixture {
    static final String[] DOMAINS = {"orchestration", "images", "installation", "networking", "security", "storage"};

    private ExamNotesFixture() {}

    static Path write(Path dir, int perDomain) throws IOException {
        Files.createDirectories(dir);
        for (int d = 0; d < DOMAINS.length; d++) {
            String domain = DOMAINS[d];
            StringBuilder md = new StringBuilder();
            md.append("---\ndomains: [").append(domain).append("]\n---\n");
            md.append(String.format(Locale.ROOT, "# Chapter %d: %s questions\n\n", d + 1, domain));
            for (int q = 1; q <= perDomain; q++) {
                md.append(String.format(Locale.ROOT, "Q: %s question %d? #o%d.%d\n\n", domain, q, d + 1, q % 9 + 1));
                md.append(String.format(Locale.ROOT, "- [x] %s %d right one\n", domain, q));
                md.append(String.format(Locale.ROOT, "- [ ] %s %d wrong one\n", domain, q));
                if (q % 5 == 0) md.append(String.format(Locale.ROOT, "- [x] %s %d right two\n", domain, q));
                md.append(String.format(Locale.ROOT, "- [ ] %s %d wrong two\n", domain, q));
                md.append(String.format(Locale.ROOT, "- [ ] %s %d wrong three\n\n", domain, q));
                md.append(String.format(Locale.ROOT, "> Because of %s rule %d.\n\n", domain, q));
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%02d-%s.md", d + 1, domain)), md.toString());
        }
        return dir;
    }
}
