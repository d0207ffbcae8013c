package dca.share;

/** How the text of a note's field is read: as HTML ({@link AnkiHtml}) or, for files that say {@code #html:false}, as it is. */
interface FieldText {
    /** The field as text, line breaks kept, ends stripped. */
    String text(String field);

    /** A piece of a field on one line, the spaces at its ends kept. */
    String inline(String field);

    /** An element of a field parsed as HTML. */
    default String text(org.jsoup.nodes.Element e) {
        return text(e.html());
    }

    /** Plain text fields: only line ends and surrounding spaces are tidied. */
    FieldText PLAIN = new FieldText() {
        @Override
        public String text(String field) {
            return field == null ? "" : field.strip();
        }

        @Override
        public String inline(String field) {
            return field == null ? "" : field.replace('\n', ' ');
        }
    };
}
