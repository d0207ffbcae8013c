package dca.study;

/** How the drill shows cards: as a question chooses, or all as multiple choice, or all as flashcards. */
public enum Presentation {
    /** Written choice questions as choice, everything else as flashcards. */
    AUTO,
    /** Term cards become generated multiple-choice questions too. */
    CHOICE,
    /** Every card is a flashcard, written choice questions included (reveal the right options). */
    FLASH
}
