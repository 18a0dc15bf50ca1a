package hark.script;

import java.util.Set;

/**
 * Capitalised words that usually begin a sentence ("The", "He", "But"). After an abbreviation that may end a
 * sentence ("at the U.N. The talks"), such a word says the sentence did end; a name ("U.S. Government") says it did
 * not. Immutable and thread-safe.
 */
final class StarterWords {
    private static final Set<String> WORDS = Set.copyOf(java.util.List.of("The", "A", "An", "He", "She", "It", "We", "They", "I", "You",
            "This", "That", "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Your",
            "But", "And", "So", "Yet", "Or", "Nor", "However", "Then", "Now", "Still", "Also", "Meanwhile", "After",
            "Before", "When", "While", "If", "As", "In", "On", "At", "For", "From", "With", "By", "Since", "Although",
            "Though", "Because", "How", "What", "Why", "Where", "Who", "Which", "Did", "Do", "Does", "Is", "Are",
            "Was", "Were", "Will", "Can", "Could", "Should", "Would", "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most",
            "All", "No", "Each", "Every", "One", "Two", "Both", "Not", "Yes", "Last", "Next", "Today", "Yesterday",
            "Tomorrow", "Later", "Thus", "Instead", "Other", "Such", "Let", "Please", "Once", "Even", "Only", "Everyone",
            "Everybody", "Nobody", "None", "Someone", "Somebody", "Nothing", "Everything", "Something", "Another",
            "Few", "Several", "Any", "Neither", "Either", "Whether", "Unlike", "Despite", "During", "Under", "Over",
            "Within", "Without", "Among", "According", "Earlier", "Finally", "First", "Indeed", "Officials",
            "Police", "Critics", "Analysts", "Experts", "Researchers", "Scientists", "People", "Shares", "Prices",
            "Sales", "Until", "Like", "Otherwise", "Perhaps", "Maybe", "Of", "To", "Whose"));

    private StarterWords() {}

    static boolean isStarter(String word) {
        return WORDS.contains(word);
    }
}
